-- Indexes in scope never scanned since statistics were last reset (the idx_scan of pg_stat_user_indexes, read with
-- the function behind it), neither unique nor backing a constraint, nor a partition's part of a partitioned index
-- (it cannot be dropped alone). Constraints are looked up by conrelid (indexed; conindid is not) and partition
-- indexes with a hashed subplan, so the cost stays linear whatever the planner estimates.
-- @include scope.sql
SELECT s.nspname::text AS schema_name,
       tc.relname::text AS table_name,
       ic.relname::text AS index_name
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
JOIN scope s ON s.oid = tc.relnamespace
CROSS JOIN params p
WHERE tc.relkind IN ('r', 'm')
  AND ic.relkind = 'i'
  AND NOT i.indisunique
  AND i.indisvalid
  AND pg_catalog.pg_stat_get_numscans(i.indexrelid) = 0
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                  WHERE k.conrelid = i.indrelid AND k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
  AND i.indexrelid NOT IN (SELECT ih.inhrelid FROM pg_catalog.pg_inherits ih)
  AND tc.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR tc.oid IN (SELECT w.oid FROM wanted w))
  AND ic.oid <> ALL (p.skipped)
