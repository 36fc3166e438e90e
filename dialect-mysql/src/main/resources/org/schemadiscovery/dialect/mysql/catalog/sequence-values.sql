-- One branch per MariaDB sequence, joined with UNION ALL into a single statement (MariaDB before 11.5 has no
-- information_schema view of sequence parameters; a sequence reads like a one-row table). ${sequence} is the quoted
-- name, the two parameters its schema and name.
SELECT CAST(? AS CHAR) AS sequence_schema,
       CAST(? AS CHAR) AS sequence_name,
       start_value, minimum_value, maximum_value, increment, cache_size, cycle_option, next_not_cached_value,
       cycle_count
FROM ${sequence}
