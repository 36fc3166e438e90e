-- Shared prefix of every scoped catalog query (pulled in with "-- @include scope.sql").
-- Parameters, always in this order: include patterns (text[] of LIKE patterns, empty = every schema),
-- exclude patterns (text[]), relations to skip (oid[]: relations found locked, or dropped by another session, earlier
-- in the session).
-- named_schemas: every user schema the patterns select, with whether the role has USAGE on it. The catalogs are
-- world-readable, so without that check a schema whose USAGE was revoked would be read in full; the schemas query
-- reports those as warnings, every other query reads only "scope" (the usable ones).
WITH params AS (
    SELECT ?::text[] AS include_patterns, ?::text[] AS exclude_patterns, ?::oid[] AS skipped
), named_schemas AS (
    SELECT n.oid, n.nspname, pg_catalog.has_schema_privilege(n.oid, 'USAGE') AS usable
    FROM pg_catalog.pg_namespace n
    CROSS JOIN params p
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
      AND n.nspname NOT LIKE 'pg\_temp\_%'
      AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
      AND (pg_catalog.cardinality(p.include_patterns) = 0 OR n.nspname LIKE ANY (p.include_patterns))
      AND NOT (n.nspname LIKE ANY (p.exclude_patterns))
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                        AND e.objid = n.oid AND e.deptype = 'e')
), scope AS (
    SELECT ns.oid, ns.nspname FROM named_schemas ns WHERE ns.usable
)
