-- Functions, procedures, aggregates and window functions in scope: extension members and the constructors a
-- range type creates for itself (internal dependencies) excluded. Aggregates have
-- no pg_get_functiondef, so their definition is assembled from pg_aggregate (the common options only). A NULL from
-- the deparser (arguments, result, definition) means the routine was dropped after the snapshot: the reader leaves
-- it out with a warning.
-- @include scope.sql
SELECT s.nspname::text AS schema_name,
       r.proname::text AS name,
       r.prokind::text AS kind,
       pg_catalog.pg_get_function_arguments(r.oid) AS arguments,
       l.lanname::text AS language,
       pg_catalog.pg_get_function_result(r.oid) AS result_type,
       CASE WHEN ag.aggfnoid IS NULL THEN pg_catalog.pg_get_functiondef(r.oid)
            ELSE 'CREATE AGGREGATE ' || pg_catalog.quote_ident(s.nspname) || '.' || pg_catalog.quote_ident(r.proname)
                 || '(' || pg_catalog.pg_get_function_identity_arguments(r.oid) || ') ('
                 || 'SFUNC = ' || ag.aggtransfn::pg_catalog.regproc::text
                 || ', STYPE = ' || pg_catalog.format_type(ag.aggtranstype, NULL)
                 || CASE WHEN ag.aggfinalfn <> 0
                         THEN ', FINALFUNC = ' || ag.aggfinalfn::pg_catalog.regproc::text ELSE '' END
                 || CASE WHEN ag.aggcombinefn <> 0
                         THEN ', COMBINEFUNC = ' || ag.aggcombinefn::pg_catalog.regproc::text ELSE '' END
                 || CASE WHEN ag.agginitval IS NOT NULL
                         THEN ', INITCOND = ' || pg_catalog.quote_literal(ag.agginitval) ELSE '' END
                 || CASE WHEN ag.aggsortop <> 0
                         THEN ', SORTOP = ' || ag.aggsortop::pg_catalog.regoperator::text ELSE '' END
                 || ')'
       END AS definition
FROM pg_catalog.pg_proc r
JOIN scope s ON s.oid = r.pronamespace
CROSS JOIN params p
JOIN pg_catalog.pg_language l ON l.oid = r.prolang
LEFT JOIN pg_catalog.pg_aggregate ag ON ag.aggfnoid = r.oid
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND e.objid = r.oid AND e.deptype IN ('e', 'i'))
