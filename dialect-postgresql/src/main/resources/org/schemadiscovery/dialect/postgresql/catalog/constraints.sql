-- Table constraints in scope: primary keys, unique, check, foreign keys and exclusion constraints. The copies
-- PostgreSQL makes of a foreign key for each partition of a referenced partitioned table (same referencing table,
-- conparentid set) are internal and left out. Names behind attribute numbers and operator oids are read with
-- correlated lookups on the catalogs' unique indexes, so the cost stays linear whatever the planner estimates.
-- Foreign keys to a table in a schema the role has no USAGE on are left out with that schema (the schemas query
-- warns about it): the result never references a table it lacks. A NULL from the deparser (check definition,
-- exclusion element or predicate) means the table was dropped after the snapshot.
-- @include scope.sql
SELECT c.oid::bigint AS table_oid,
       c.relkind::text AS table_kind,
       k.confrelid::bigint AS ref_oid,
       s.nspname::text AS schema_name,
       c.relname::text AS table_name,
       k.conname::text AS name,
       k.contype::text AS kind,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = k.conrelid AND a.attnum = u.attnum)
             FROM pg_catalog.unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
             ORDER BY u.ord)::text AS columns,
       rn.nspname::text AS ref_schema,
       rc.relname::text AS ref_table,
       ARRAY(SELECT (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                     WHERE a.attrelid = k.confrelid AND a.attnum = u.attnum)
             FROM pg_catalog.unnest(k.confkey) WITH ORDINALITY AS u(attnum, ord)
             ORDER BY u.ord)::text AS ref_columns,
       k.confmatchtype::text AS match_type,
       k.confupdtype::text AS on_update,
       k.confdeltype::text AS on_delete,
       k.condeferrable AS is_deferrable,
       k.condeferred AS is_deferred,
       k.convalidated AS is_validated,
       CASE WHEN k.contype = 'c' THEN pg_catalog.pg_get_constraintdef(k.oid) END AS check_definition,
       ${constraint_nulls_not_distinct} AS nulls_not_distinct,
       xam.amname::text AS exclusion_method,
       CASE WHEN k.contype = 'x' THEN
           ARRAY(SELECT CASE WHEN u.attnum = 0
                             THEN pg_catalog.pg_get_indexdef(k.conindid, u.ord::int, false)
                             ELSE (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                                   WHERE a.attrelid = xi.indrelid AND a.attnum = u.attnum) END
                 FROM pg_catalog.unnest(xi.indkey::int2[]) WITH ORDINALITY AS u(attnum, ord)
                 WHERE u.ord <= xi.indnkeyatts
                 ORDER BY u.ord)::text
       END AS exclusion_elements,
       CASE WHEN k.contype = 'x' THEN
           ARRAY(SELECT (SELECT CASE WHEN o.oprnamespace = 'pg_catalog'::pg_catalog.regnamespace
                                     THEN o.oprname::text
                                     ELSE 'OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.' || o.oprname
                                          || ')' END
                         FROM pg_catalog.pg_operator o
                         JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace
                         WHERE o.oid = u.op)
                 FROM pg_catalog.unnest(k.conexclop) WITH ORDINALITY AS u(op, ord)
                 ORDER BY u.ord)::text
       END AS exclusion_operators,
       (k.contype = 'x' AND xi.indpred IS NOT NULL) AS has_exclusion_predicate,
       CASE WHEN k.contype = 'x' AND xi.indpred IS NOT NULL
            THEN pg_catalog.pg_get_expr(xi.indpred, xi.indrelid) END AS exclusion_predicate
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_catalog.pg_index xi ON xi.indexrelid = k.conindid AND k.contype IN ('u', 'x')
LEFT JOIN pg_catalog.pg_class xic ON xic.oid = xi.indexrelid
LEFT JOIN pg_catalog.pg_am xam ON xam.oid = xic.relam AND k.contype = 'x'
WHERE k.contype IN ('p', 'u', 'c', 'f', 'x')
  AND c.relkind IN ('r', 'p', 'f')
  AND c.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))
  AND (k.confrelid = 0 OR k.confrelid <> ALL (p.skipped))
  AND NOT EXISTS (SELECT 1 FROM named_schemas ns WHERE ns.oid = rc.relnamespace AND NOT ns.usable)
  AND NOT (k.contype = 'f' AND k.conparentid <> 0
           AND EXISTS (SELECT 1 FROM pg_catalog.pg_constraint pk
                       WHERE pk.oid = k.conparentid AND pk.conrelid = k.conrelid))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
