-- Sequences in scope with their parameters, the column that owns them (OWNED BY or identity) and, when readable,
-- the last value handed out. Under a table restriction only the sequences the named relations own (the relations
-- query needs their identity columns' sequences): pg_sequence_last_value opens each sequence, which cost 130 ms for
-- bench5000's 5000 sequences.
-- @include scope.sql
SELECT s.nspname::text AS schema_name,
       c.relname::text AS name,
       pg_catalog.format_type(sq.seqtypid, NULL) AS data_type,
       sq.seqstart AS start_value,
       sq.seqincrement AS increment_by,
       sq.seqmin AS min_value,
       sq.seqmax AS max_value,
       sq.seqcache AS cache_size,
       sq.seqcycle AS cycle,
       own.owner_schema,
       own.owner_table,
       own.owner_column,
       own.deptype AS owner_kind,
       CASE WHEN pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE')
            THEN pg_catalog.pg_sequence_last_value(c.oid) END AS last_value
FROM pg_catalog.pg_sequence sq
JOIN pg_catalog.pg_class c ON c.oid = sq.seqrelid
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
LEFT JOIN LATERAL (
    SELECT tn.nspname::text AS owner_schema, tc.relname::text AS owner_table, ta.attname::text AS owner_column,
           d.deptype::text AS deptype
    FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_class tc ON tc.oid = d.refobjid
    JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
    JOIN pg_catalog.pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
      AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjsubid > 0
      AND d.deptype IN ('a', 'i')
    LIMIT 1
) own ON true
WHERE c.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR c.oid IN (SELECT o.oid FROM owned_sequences o))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
