-- Relations the snapshot still shows but another session has dropped since, plus the views and materialized views
-- that read them, recursively. The deparser functions (pg_get_viewdef, pg_get_constraintdef, pg_get_indexdef,
-- pg_get_expr) read the live catalog, where such a relation is gone: has_table_privilege, which looks the oid up
-- there too, answers NULL for it (a plain join would not do: it reads the snapshot). Run only after a catalog query
-- failed with SQLSTATE XX000; the next attempt leaves them all out, those in scope become warnings.
-- @include scope.sql
SELECT c.oid::bigint AS oid,
       n.nspname::text AS schema_name,
       c.relname::text AS name,
       c.relkind::text AS kind,
       x.direct,
       (n.oid IN (SELECT oid FROM scope)
        AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))) AS in_scope
FROM (
    WITH RECURSIVE gone AS (
        SELECT g.oid
        FROM pg_catalog.pg_class g
        WHERE g.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
          AND pg_catalog.has_table_privilege(g.oid, 'SELECT') IS NULL
    ), affected AS (
        SELECT oid FROM gone
        UNION
        SELECT rw.ev_class
        FROM affected a
        JOIN pg_catalog.pg_depend d
          ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = a.oid
         AND d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
        JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid
        WHERE rw.ev_class <> a.oid
    )
    SELECT a.oid, a.oid IN (SELECT oid FROM gone) AS direct FROM affected a
) x
JOIN pg_catalog.pg_class c ON c.oid = x.oid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN params p
