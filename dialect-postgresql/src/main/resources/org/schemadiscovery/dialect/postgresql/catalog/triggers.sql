-- User triggers on relations in scope: internal ones (foreign-key enforcement) excluded, and so are the clones a
-- partitioned table's trigger creates on its partitions (reported once, on the parent).
-- @include scope.sql
SELECT t.tgrelid::bigint AS rel_oid,
       t.tgname::text AS name,
       t.tgtype::int AS type_bits,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = t.tgrelid AND a.attnum = u.attnum)
             FROM pg_catalog.unnest(t.tgattr::int2[]) WITH ORDINALITY AS u(attnum, ord)
             ORDER BY u.ord)::text AS columns,
       t.tgfoid::pg_catalog.regproc::text AS function,
       pg_catalog.pg_get_triggerdef(t.oid, false) AS definition
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
WHERE NOT t.tgisinternal
  AND ${trigger_clone_filter}
  AND c.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
