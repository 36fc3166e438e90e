-- Relations another session holds (or waits for) in ACCESS EXCLUSIVE mode, plus the views and materialized views
-- that read them, recursively: deparsing a view locks every relation it reads. The next attempt of a catalog query
-- leaves them all out; those in scope become warnings.
-- @include scope.sql
SELECT c.oid::bigint AS oid,
       n.nspname::text AS schema_name,
       c.relname::text AS name,
       c.relkind::text AS kind,
       x.direct,
       (n.oid IN (SELECT oid FROM scope)
        AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))) AS in_scope
FROM (
    WITH RECURSIVE locked AS (
        SELECT DISTINCT l.relation AS oid
        FROM pg_catalog.pg_locks l
        WHERE l.locktype = 'relation'
          AND l.mode = 'AccessExclusiveLock'
          AND l.database = (SELECT d.oid FROM pg_catalog.pg_database d
                            WHERE d.datname = pg_catalog.current_database())
          AND l.pid IS DISTINCT FROM pg_catalog.pg_backend_pid()
    ), affected AS (
        SELECT oid FROM locked
        UNION
        SELECT rw.ev_class
        FROM affected a
        JOIN pg_catalog.pg_depend d
          ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = a.oid
         AND d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
        JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid
        WHERE rw.ev_class <> a.oid
    )
    SELECT a.oid, a.oid IN (SELECT oid FROM locked) AS direct FROM affected a
) x
JOIN pg_catalog.pg_class c ON c.oid = x.oid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN params p
