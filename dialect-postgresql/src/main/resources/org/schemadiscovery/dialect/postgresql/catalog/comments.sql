-- Comments (COMMENT ON) of the object kinds the relation, column and type queries do not read: schemas, routines,
-- sequences, indexes, constraints, triggers, policies and extensions in scope, one row per comment. table_name is
-- the relation an index, constraint, trigger or policy belongs to; arguments is pg_get_function_arguments, as the
-- routines query reads it (NULL when the routine was dropped after the snapshot: the reader skips the row).
-- Under a table restriction only the comments of the named relations' parts and owned sequences are read: schemas,
-- routines and extensions are not reread (their branches are "NOT p.restricted", which RestrictedSql drops).
-- @include scope.sql
SELECT 'schema' AS kind, ns.nspname::text AS schema_name, NULL::text AS table_name, ns.nspname::text AS name,
       NULL::text AS arguments, d.description AS comment
FROM scope ns
CROSS JOIN params p
JOIN pg_catalog.pg_description d
  ON d.objoid = ns.oid AND d.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.objsubid = 0
WHERE NOT p.restricted
UNION ALL
SELECT 'routine', s.nspname::text, NULL, r.proname::text, pg_catalog.pg_get_function_arguments(r.oid),
       d.description
FROM pg_catalog.pg_proc r
JOIN scope s ON s.oid = r.pronamespace
CROSS JOIN params p
JOIN pg_catalog.pg_description d
  ON d.objoid = r.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0
WHERE NOT p.restricted
UNION ALL
SELECT CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'index' END, s.nspname::text, t.relname::text,
       c.relname::text, NULL, d.description
FROM pg_catalog.pg_class c
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
JOIN pg_catalog.pg_description d
  ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
LEFT JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
WHERE c.relkind IN ('S', 'i', 'I')
  AND c.oid <> ALL (p.skipped)
  AND (i.indrelid IS NULL OR i.indrelid <> ALL (p.skipped))
  AND (c.relkind = 'S' AND (NOT p.restricted OR c.oid IN (SELECT o.oid FROM owned_sequences o))
       OR c.relkind <> 'S' AND (NOT p.restricted OR i.indrelid IN (SELECT w.oid FROM wanted w)))
UNION ALL
SELECT 'constraint', s.nspname::text, c.relname::text, con.conname::text, NULL, d.description
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
JOIN pg_catalog.pg_description d
  ON d.objoid = con.oid AND d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))
UNION ALL
SELECT 'trigger', s.nspname::text, c.relname::text, tg.tgname::text, NULL, d.description
FROM pg_catalog.pg_trigger tg
JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
JOIN pg_catalog.pg_description d
  ON d.objoid = tg.oid AND d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))
UNION ALL
SELECT 'policy', s.nspname::text, c.relname::text, pol.polname::text, NULL, d.description
FROM pg_catalog.pg_policy pol
JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
JOIN pg_catalog.pg_description d
  ON d.objoid = pol.oid AND d.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND d.objsubid = 0
WHERE c.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))
UNION ALL
SELECT 'extension', n.nspname::text, NULL, x.extname::text, NULL, d.description
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
CROSS JOIN params p
JOIN pg_catalog.pg_description d
  ON d.objoid = x.oid AND d.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.objsubid = 0
WHERE NOT p.restricted
  AND x.oid >= 16384
  AND n.oid IN (SELECT oid FROM scope)
