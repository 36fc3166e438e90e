-- User-defined enum, domain, composite and range types in scope (extension members and the row types of tables
-- excluded). Lists come back as text arrays in a fixed order. A NULL from the deparser (a domain's default or check)
-- means the type was dropped or changed after the snapshot: the reader leaves it out with a warning.
-- @include scope.sql
SELECT s.nspname::text AS schema_name,
       t.typname::text AS name,
       t.typtype::text AS kind,
       CASE WHEN t.typtype = 'e' THEN
           ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e
                 WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text
       END AS enum_labels,
       CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod)
            WHEN t.typtype = 'r' THEN (SELECT pg_catalog.format_type(r.rngsubtype, NULL)
                                       FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid)
       END AS base_type,
       (t.typtype = 'd' AND t.typdefaultbin IS NOT NULL) AS has_domain_default,
       CASE WHEN t.typtype = 'd' AND t.typdefaultbin IS NOT NULL
            THEN pg_catalog.pg_get_expr(t.typdefaultbin, 0) END AS domain_default,
       t.typnotnull AS domain_not_null,
       CASE WHEN t.typtype = 'd' THEN
           ARRAY(SELECT k.conname::text FROM pg_catalog.pg_constraint k
                 WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname COLLATE "C")::text
       END AS check_names,
       CASE WHEN t.typtype = 'd' THEN
           ARRAY(SELECT pg_catalog.pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k
                 WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname COLLATE "C")::text
       END AS check_definitions,
       CASE WHEN t.typtype = 'd' THEN
           ARRAY(SELECT k.convalidated::text FROM pg_catalog.pg_constraint k
                 WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname COLLATE "C")::text
       END AS check_validated,
       CASE WHEN t.typtype = 'c' THEN
           ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
                 WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)::text
       END AS attribute_names,
       CASE WHEN t.typtype = 'c' THEN
           ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a
                 WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)::text
       END AS attribute_types,
       pg_catalog.pg_get_userbyid(t.typowner)::text AS owner,
       d.description AS comment
FROM pg_catalog.pg_type t
JOIN scope s ON s.oid = t.typnamespace
CROSS JOIN params p
LEFT JOIN pg_catalog.pg_class tc ON tc.oid = t.typrelid
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = t.oid AND d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objsubid = 0
WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND tc.relkind = 'c'))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND e.objid = t.oid AND e.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND e.objid = t.typrelid AND e.deptype = 'e')
