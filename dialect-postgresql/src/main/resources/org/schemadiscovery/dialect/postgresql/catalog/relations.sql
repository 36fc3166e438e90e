-- Tables, partitions, foreign tables, views and materialized views in scope (extension members excluded).
-- row_estimate is the planner's reltuples, NULL while it is -1 (never vacuumed or analysed, PostgreSQL 14+).
-- @include scope.sql
SELECT c.oid::bigint AS oid,
       s.nspname::text AS schema_name,
       c.relname::text AS name,
       c.relkind::text AS kind,
       c.relpersistence::text AS persistence,
       c.relispartition AS is_partition,
       pg_catalog.pg_get_userbyid(c.relowner)::text AS owner,
       d.description AS comment,
       c.relrowsecurity AS row_security,
       c.relforcerowsecurity AS force_row_security,
       CASE WHEN c.relkind IN ('r', 'p', 'm', 'f') AND c.reltuples >= 0 THEN c.reltuples::bigint END AS row_estimate,
       CASE WHEN c.relkind IN ('r', 'p', 'm') AND c.reloptions IS NOT NULL THEN
           (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name) || '='
                                         || pg_catalog.quote_literal(o.option_value), ', ' ORDER BY o.ord)
            FROM pg_catalog.pg_options_to_table(c.reloptions) WITH ORDINALITY AS o(option_name, option_value, ord))
       END AS reloptions,
       pt.partstrat::text AS partition_strategy,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
       pn.nspname::text AS parent_schema,
       pc.relname::text AS parent_name,
       CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END AS view_definition,
       CASE WHEN NOT c.relispartition THEN
           (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(ihn.nspname) || '.'
                                         || pg_catalog.quote_ident(ihc.relname), ', ' ORDER BY ih.inhseqno)
            FROM pg_catalog.pg_inherits ih
            JOIN pg_catalog.pg_class ihc ON ihc.oid = ih.inhparent
            JOIN pg_catalog.pg_namespace ihn ON ihn.oid = ihc.relnamespace
            WHERE ih.inhrelid = c.oid)
       END AS inherits,
       fs.srvname::text AS foreign_server,
       fdw.fdwname::text AS foreign_wrapper,
       (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name) || ' '
                                     || pg_catalog.quote_literal(o.option_value), ', ' ORDER BY o.ord)
        FROM pg_catalog.pg_options_to_table(fs.srvoptions) WITH ORDINALITY AS o(option_name, option_value, ord))
           AS foreign_server_options,
       (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(o.option_name) || ' '
                                     || pg_catalog.quote_literal(o.option_value), ', ' ORDER BY o.ord)
        FROM pg_catalog.pg_options_to_table(ft.ftoptions) WITH ORDINALITY AS o(option_name, option_value, ord))
           AS foreign_table_options
FROM pg_catalog.pg_class c
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
LEFT JOIN pg_catalog.pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
LEFT JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = c.oid
LEFT JOIN pg_catalog.pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_catalog.pg_foreign_table ft ON ft.ftrelid = c.oid
LEFT JOIN pg_catalog.pg_foreign_server fs ON fs.oid = ft.ftserver
LEFT JOIN pg_catalog.pg_foreign_data_wrapper fdw ON fdw.oid = fs.srvfdw
WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND c.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                  WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND e.objid = c.oid AND e.deptype = 'e')
