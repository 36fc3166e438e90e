-- Shared prefix of every scoped catalog query (pulled in with "-- @include scope.sql").
-- Parameters, always in this order: include patterns (text[] of LIKE patterns, empty = every schema),
-- exclude patterns (text[]), relations to skip (oid[]: relations found locked, or dropped by another session, earlier
-- in the session), and the table restriction as two parallel text[] of schema and relation names (empty = no
-- restriction; DiscoveryScope.tables). A branch reading what a partial reread does not keep (schemas, routines,
-- extensions) adds "WHERE NOT p.restricted", which the restricted variant RestrictedSql derives turns into false.
-- named_schemas: every user schema the patterns select, with whether the role has USAGE on it. The catalogs are
-- world-readable, so without that check a schema whose USAGE was revoked would be read in full; the schemas query
-- reports those as warnings, every other query reads only "scope" (the usable ones).
WITH params AS (
    SELECT p0.*, pg_catalog.cardinality(p0.only_names) > 0 AS restricted
    FROM (SELECT ?::text[] AS include_patterns, ?::text[] AS exclude_patterns, ?::oid[] AS skipped,
                 ?::text[] AS only_schemas, ?::text[] AS only_names) p0
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
), wanted AS (
    -- the relations a table restriction names, looked up by the unique (relname, relnamespace) index; a query on
    -- relations adds "AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))", so without a restriction
    -- this is never read; under one the session runs the variant RestrictedSql derives (the plain semi-join, or
    -- driven from wanted), since the OR keeps the planner from using the restriction
    SELECT c.oid
    FROM params p
    CROSS JOIN LATERAL ROWS FROM (pg_catalog.unnest(p.only_schemas), pg_catalog.unnest(p.only_names))
        AS w(schema_name, name)
    JOIN scope s ON s.nspname = w.schema_name
    JOIN pg_catalog.pg_class c ON c.relnamespace = s.oid AND c.relname = w.name
), owned_sequences AS (
    -- the sequences the wanted relations own (identity or OWNED BY), from pg_depend's index on the referenced object;
    -- a query on sequences adds "AND (NOT p.restricted OR c.oid IN (SELECT o.oid FROM owned_sequences o))"
    SELECT d.objid AS oid
    FROM wanted w
    JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = w.oid
    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')
)
