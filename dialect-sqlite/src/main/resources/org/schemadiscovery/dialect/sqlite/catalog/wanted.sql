wanted(schema_name, name, direct) AS MATERIALIZED (
    -- the table restriction (?1, a JSON array of [schema, name] pairs; empty = none): the named tables and views
    -- (direct), plus the tables their foreign keys reference in the same schema, whose table rows and columns a
    -- foreign key needs for its names and implicit key columns (their indexes, triggers and keys are not read)
    SELECT json_extract(w.value, '$[0]'), json_extract(w.value, '$[1]'), 1
    FROM json_each(?1) w
    UNION ALL
    SELECT json_extract(w.value, '$[0]'), fk."table", 0
    FROM json_each(?1) w
    CROSS JOIN pragma_foreign_key_list(json_extract(w.value, '$[1]'), json_extract(w.value, '$[0]')) fk
    WHERE json_extract(w.value, '$[0]') IN (SELECT d.name FROM pragma_database_list d)
)
