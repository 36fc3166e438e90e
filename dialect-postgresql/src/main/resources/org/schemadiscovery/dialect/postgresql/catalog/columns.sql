-- Columns of every relation in scope (dropped columns excluded), with type structure, default, identity and the
-- name of its sequence (whose parameters come from the sequences query), generation expression, explicit collation
-- and comment. has_default tells a NULL from pg_get_expr (relation dropped after the snapshot) from no default.
-- Unordered (sorting every column's row spilled to disk): the reader orders each relation's columns by attnum.
-- The identity sequence is looked up by index for identity columns only (a join read every pg_class dependency).
-- @include scope.sql
SELECT a.attrelid::bigint AS rel_oid,
       a.attname::text AS name,
       a.attnum::int AS ordinal,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS declared,
       a.atttypmod::int AS typmod,
       a.attndims::int AS dims,
       a.attnotnull AS not_null,
       (t.typelem <> 0 AND t.typlen = -1 AND t.typstorage <> 'p') AS is_array,
       et.oid::bigint AS element_oid,
       et.typname::text AS element_name,
       en.nspname::text AS element_schema,
       et.typtype::text AS element_kind,
       CASE WHEN en.nspname = 'pg_catalog' THEN pg_catalog.format_type(et.oid, NULL) END AS element_formatted,
       CASE WHEN et.typtype = 'd' THEN et.typbasetype::bigint END AS domain_base_oid,
       a.attidentity::text AS identity,
       a.attgenerated::text AS generated,
       ad.adbin IS NOT NULL AS has_default,
       CASE WHEN ad.adbin IS NOT NULL THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS default_expr,
       CASE WHEN co.oid IS NULL THEN NULL
            WHEN con.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(co.collname)
            ELSE pg_catalog.quote_ident(con.nspname) || '.' || pg_catalog.quote_ident(co.collname) END AS collation,
       dsc.description AS comment,
       CASE WHEN a.attidentity <> '' THEN
           (SELECT sn.nspname::text
            FROM pg_catalog.pg_depend sd
            JOIN pg_catalog.pg_class sc ON sc.oid = sd.objid
            JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
            WHERE sd.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
              AND sd.refobjid = a.attrelid AND sd.refobjsubid = a.attnum
              AND sd.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND sd.deptype = 'i'
            LIMIT 1)
       END AS seq_schema,
       CASE WHEN a.attidentity <> '' THEN
           (SELECT sc.relname::text
            FROM pg_catalog.pg_depend sd
            JOIN pg_catalog.pg_class sc ON sc.oid = sd.objid
            WHERE sd.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
              AND sd.refobjid = a.attrelid AND sd.refobjsubid = a.attnum
              AND sd.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND sd.deptype = 'i'
            LIMIT 1)
       END AS seq_name
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
JOIN pg_catalog.pg_type et
  ON et.oid = CASE WHEN t.typelem <> 0 AND t.typlen = -1 AND t.typstorage <> 'p' THEN t.typelem ELSE t.oid END
JOIN pg_catalog.pg_namespace en ON en.oid = et.typnamespace
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation AND a.attcollation <> t.typcollation
LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
LEFT JOIN pg_catalog.pg_description dsc
       ON dsc.objoid = a.attrelid AND dsc.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
      AND dsc.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND c.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
