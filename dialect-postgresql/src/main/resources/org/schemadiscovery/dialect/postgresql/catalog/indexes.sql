-- Indexes of tables and materialized views in scope, read from pg_index itself: the deparser runs only for
-- expression keys and predicates (pg_get_indexdef on every index costs ten times more). Per-key lists come back as
-- text arrays aligned by key position (key columns first, then INCLUDE columns); operator classes and collations
-- are looked up only for the indexes that have a non-default one (NULL otherwise), by oid, so the cost stays
-- linear whatever the planner estimates. The scan count (pg_stat_user_indexes.idx_scan) stays in the session for the
-- unused-index recommendation; it is not part of the model. A NULL from the deparser (an expression key, or the
-- predicate when has_predicate) means the index or its table was dropped after the snapshot.
-- @include scope.sql
SELECT tc.oid::bigint AS table_oid,
       tc.relkind::text AS table_kind,
       s.nspname::text AS schema_name,
       tc.relname::text AS table_name,
       ic.relname::text AS name,
       am.amname::text AS method,
       i.indisunique AS is_unique,
       ${nulls_not_distinct} AS nulls_not_distinct,
       i.indisprimary AS is_primary,
       i.indisvalid AS is_valid,
       i.indisready AS is_ready,
       i.indnkeyatts::int AS key_count,
       pg_catalog.pg_stat_get_numscans(i.indexrelid) AS scans,
       i.indkey::int2[]::text AS keys,
       i.indoption::int2[]::text AS options,
       ARRAY(SELECT CASE WHEN u.attnum = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, u.ord::int, false)
                         ELSE (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                               WHERE a.attrelid = i.indrelid AND a.attnum = u.attnum) END
             FROM pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY AS u(attnum, ord)
             ORDER BY u.ord)::text AS elements,
       CASE WHEN i.indclass::oid[] <@ d.default_opclasses THEN NULL ELSE
           ARRAY(SELECT (SELECT CASE WHEN oc.opcdefault THEN NULL
                                     WHEN oc.opcnamespace = 'pg_catalog'::pg_catalog.regnamespace
                                          THEN pg_catalog.quote_ident(oc.opcname)
                                     ELSE pg_catalog.quote_ident(ocn.nspname) || '.'
                                          || pg_catalog.quote_ident(oc.opcname) END
                         FROM pg_catalog.pg_opclass oc
                         JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
                         WHERE oc.oid = u.opclass)
                 FROM pg_catalog.unnest(i.indclass::oid[]) WITH ORDINALITY AS u(opclass, ord)
                 ORDER BY u.ord)::text
       END AS opclasses,
       CASE WHEN i.indcollation::oid[] <@ '{0,100}'::oid[] THEN NULL ELSE
           ARRAY(SELECT CASE WHEN u.coll = 0 OR u.coll IS NULL THEN NULL
                             WHEN u.attnum = 0 AND u.coll = 100 THEN NULL
                             WHEN u.attnum <> 0 AND u.coll = (SELECT a.attcollation FROM pg_catalog.pg_attribute a
                                                              WHERE a.attrelid = i.indrelid
                                                                AND a.attnum = u.attnum) THEN NULL
                             ELSE (SELECT CASE WHEN co.collnamespace = 'pg_catalog'::pg_catalog.regnamespace
                                               THEN pg_catalog.quote_ident(co.collname)
                                               ELSE pg_catalog.quote_ident(con.nspname) || '.'
                                                    || pg_catalog.quote_ident(co.collname) END
                                   FROM pg_catalog.pg_collation co
                                   JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
                                   WHERE co.oid = u.coll) END
                 FROM ROWS FROM (pg_catalog.unnest(i.indcollation::oid[]), pg_catalog.unnest(i.indkey::int2[]))
                      WITH ORDINALITY AS u(coll, attnum, ord)
                 ORDER BY u.ord)::text
       END AS collations,
       i.indpred IS NOT NULL AS has_predicate,
       CASE WHEN i.indpred IS NOT NULL THEN pg_catalog.pg_get_expr(i.indpred, i.indrelid) END AS predicate,
       con.conname::text AS constraint_name,
       COALESCE(con.condeferrable, false) AS is_deferrable,
       COALESCE(con.condeferred, false) AS is_deferred,
       pin.nspname::text AS parent_schema,
       pic.relname::text AS parent_name,
       CASE WHEN ic.reloptions IS NOT NULL THEN
           (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name) || '='
                                         || pg_catalog.quote_literal(o.option_value), ', ' ORDER BY o.ord)
            FROM pg_catalog.pg_options_to_table(ic.reloptions) WITH ORDINALITY AS o(option_name, option_value, ord))
       END AS reloptions
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid
JOIN scope s ON s.oid = tc.relnamespace
CROSS JOIN params p
CROSS JOIN (SELECT pg_catalog.array_agg(oc.oid) AS default_opclasses
            FROM pg_catalog.pg_opclass oc WHERE oc.opcdefault) d
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
LEFT JOIN pg_catalog.pg_constraint con
       ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
LEFT JOIN pg_catalog.pg_inherits ih ON ih.inhrelid = i.indexrelid
LEFT JOIN pg_catalog.pg_class pic ON pic.oid = ih.inhparent
LEFT JOIN pg_catalog.pg_namespace pin ON pin.oid = pic.relnamespace
WHERE tc.relkind IN ('r', 'p', 'm')
  AND tc.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR tc.oid IN (SELECT w.oid FROM wanted w))
  AND ic.oid <> ALL (p.skipped)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND e.objid = tc.oid AND e.deptype = 'e')
