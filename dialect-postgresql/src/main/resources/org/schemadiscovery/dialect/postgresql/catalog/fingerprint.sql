-- Fingerprint of the scope (issue 21): one row per relation in scope (schema_name, name) and one row with NULL
-- names for everything else discovery reads, each with the number of catalog rows behind it and the sum of their
-- 64-bit row hashes, so the result does not depend on catalog order. Rows that only DDL writes are hashed by their
-- xmin (any change writes a new row version with the changing transaction's id; hashing the whole row's text
-- instead took 1.8 s for bench5000's 180,000 catalog rows); pg_class and pg_index are hashed on schema-relevant
-- columns only, because TRUNCATE, CLUSTER, VACUUM FULL and ANALYZE rewrite relfilenode, relpages, reltuples, relfrozenxid and
-- indisclustered. Role names are hashed too: owners and grantees are read by name. Comments of indexes,
-- constraints, triggers and policies count for their table; everything not owned by a relation in scope (schemas,
-- types, routines, sequences, extensions, roles, other comments) counts for the NULL row.
-- @include scope.sql
, rels AS (
    SELECT c.oid, s.nspname, c.relname
    FROM pg_catalog.pg_class c
    JOIN scope s ON s.oid = c.relnamespace
    CROSS JOIN params p
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
      AND c.oid <> ALL (p.skipped)
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND e.objid = c.oid AND e.deptype = 'e')
), hashed(rel, m) AS (
    SELECT c.oid, pg_catalog.hashtextextended(ROW(c.relname, c.relnamespace, c.relkind, c.relpersistence, c.relispartition,
                                     c.relowner, c.relacl, c.reloptions, c.relrowsecurity, c.relforcerowsecurity,
                                     c.reloftype, c.relreplident, c.relpartbound::text)::text, 0)
    FROM pg_catalog.pg_class c JOIN rels r ON r.oid = c.oid
    UNION ALL
    SELECT a.attrelid, pg_catalog.hashint8extended(a.xmin::text::bigint, 0)
    FROM pg_catalog.pg_attribute a JOIN rels r ON r.oid = a.attrelid
    WHERE a.attnum > 0
    UNION ALL
    SELECT ad.adrelid, pg_catalog.hashint8extended(ad.xmin::text::bigint, 0)
    FROM pg_catalog.pg_attrdef ad JOIN rels r ON r.oid = ad.adrelid
    UNION ALL
    SELECT k.conrelid, pg_catalog.hashint8extended(k.xmin::text::bigint, 0)
    FROM pg_catalog.pg_constraint k JOIN rels r ON r.oid = k.conrelid
    UNION ALL
    SELECT i.indrelid, pg_catalog.hashtextextended(ROW(i.indexrelid, ic.relname, ic.relam, ic.reloptions, i.indnatts,
                                          i.indnkeyatts, i.indisunique, ${nulls_not_distinct}, i.indisprimary,
                                          i.indisexclusion, i.indimmediate, i.indisvalid, i.indisready,
                                          i.indislive, i.indkey, i.indcollation, i.indclass, i.indoption,
                                          i.indexprs::text, i.indpred::text)::text, 0)
    FROM pg_catalog.pg_index i JOIN rels r ON r.oid = i.indrelid
    JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
    UNION ALL
    SELECT t.tgrelid, pg_catalog.hashint8extended(t.xmin::text::bigint, 0)
    FROM pg_catalog.pg_trigger t JOIN rels r ON r.oid = t.tgrelid
    UNION ALL
    SELECT pol.polrelid, pg_catalog.hashint8extended(pol.xmin::text::bigint, 0)
    FROM pg_catalog.pg_policy pol JOIN rels r ON r.oid = pol.polrelid
    UNION ALL
    SELECT rw.ev_class, pg_catalog.hashint8extended(rw.xmin::text::bigint, 0)
    FROM pg_catalog.pg_rewrite rw JOIN rels r ON r.oid = rw.ev_class
    UNION ALL
    SELECT ih.inhrelid, pg_catalog.hashint8extended(ih.xmin::text::bigint, 0)
    FROM pg_catalog.pg_inherits ih JOIN rels r ON r.oid = ih.inhrelid
    UNION ALL
    SELECT ih.inhparent, pg_catalog.hashint8extended(ih.xmin::text::bigint, 0)
    FROM pg_catalog.pg_inherits ih JOIN rels r ON r.oid = ih.inhparent
    UNION ALL
    SELECT pt.partrelid, pg_catalog.hashint8extended(pt.xmin::text::bigint, 0)
    FROM pg_catalog.pg_partitioned_table pt JOIN rels r ON r.oid = pt.partrelid
    UNION ALL
    SELECT ft.ftrelid, pg_catalog.hashint8extended(ft.xmin::text::bigint, 0)
    FROM pg_catalog.pg_foreign_table ft JOIN rels r ON r.oid = ft.ftrelid
    UNION ALL
    -- sequences: identity sequences count for their table, the others (and OWNED BY links) for the scope
    SELECT COALESCE(own.refobjid, 0), pg_catalog.hashtextextended(ROW(c.relname, c.relnamespace, c.relowner, c.relacl,
                                                         c.relpersistence, sq.*, own.refobjsubid,
                                                         own.deptype)::text, 0)
    FROM pg_catalog.pg_sequence sq
    JOIN pg_catalog.pg_class c ON c.oid = sq.seqrelid
    JOIN scope s ON s.oid = c.relnamespace
    LEFT JOIN pg_catalog.pg_depend own
           ON own.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND own.objid = c.oid
          AND own.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND own.deptype IN ('a', 'i')
    UNION ALL
    SELECT 0, pg_catalog.hashtextextended(ROW(n.*, ns.usable)::text, 0)
    FROM named_schemas ns JOIN pg_catalog.pg_namespace n ON n.oid = ns.oid
    UNION ALL
    SELECT 0, pg_catalog.hashint8extended(t.xmin::text::bigint, 0)
    FROM pg_catalog.pg_type t JOIN scope s ON s.oid = t.typnamespace
    UNION ALL
    SELECT 0, pg_catalog.hashint8extended(e.xmin::text::bigint, 0)
    FROM pg_catalog.pg_enum e JOIN pg_catalog.pg_type t ON t.oid = e.enumtypid JOIN scope s ON s.oid = t.typnamespace
    UNION ALL
    SELECT 0, pg_catalog.hashint8extended(rg.xmin::text::bigint, 0)
    FROM pg_catalog.pg_range rg JOIN pg_catalog.pg_type t ON t.oid = rg.rngtypid
    JOIN scope s ON s.oid = t.typnamespace
    UNION ALL
    SELECT 0, pg_catalog.hashint8extended(k.xmin::text::bigint, 0)
    FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_type t ON t.oid = k.contypid
    JOIN scope s ON s.oid = t.typnamespace
    UNION ALL
    SELECT 0, pg_catalog.hashint8extended(pr.xmin::text::bigint, 0)
    FROM pg_catalog.pg_proc pr JOIN scope s ON s.oid = pr.pronamespace
    UNION ALL
    SELECT 0, pg_catalog.hashint8extended(ag.xmin::text::bigint, 0)
    FROM pg_catalog.pg_aggregate ag JOIN pg_catalog.pg_proc pr ON pr.oid = ag.aggfnoid
    JOIN scope s ON s.oid = pr.pronamespace
    UNION ALL
    SELECT 0, pg_catalog.hashint8extended(x.xmin::text::bigint, 0) FROM pg_catalog.pg_extension x
    UNION ALL
    SELECT 0, pg_catalog.hashint8extended(d.xmin::text::bigint, 0) FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
    UNION ALL
    SELECT 0, pg_catalog.hashint8extended(fs.xmin::text::bigint, 0) FROM pg_catalog.pg_foreign_server fs
    UNION ALL
    SELECT 0, pg_catalog.hashtextextended(ROW(ro.oid, ro.rolname)::text, 0) FROM pg_catalog.pg_roles ro
    UNION ALL
    SELECT COALESCE(dr.oid, ix.indrelid, NULLIF(k.conrelid, 0), tg.tgrelid, pol.polrelid, 0),
           pg_catalog.hashint8extended(d.xmin::text::bigint, 0)
    FROM pg_catalog.pg_description d
    LEFT JOIN rels dr ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND dr.oid = d.objoid
    LEFT JOIN pg_catalog.pg_index ix
           ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ix.indexrelid = d.objoid
    LEFT JOIN pg_catalog.pg_constraint k
           ON d.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND k.oid = d.objoid
    LEFT JOIN pg_catalog.pg_trigger tg
           ON d.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND tg.oid = d.objoid
    LEFT JOIN pg_catalog.pg_policy pol
           ON d.classoid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND pol.oid = d.objoid
    WHERE d.objoid >= 16384
)
-- grouped by relation first, then named: joining the 180,000 hashed rows to their relations before grouping sorted
-- them on disk and took four times as long
SELECT r.nspname::text AS schema_name,
       r.relname::text AS name,
       pg_catalog.sum(g.row_count)::bigint AS row_count,
       pg_catalog.sum(g.row_sum)::text AS row_sum
FROM (SELECT h.rel, pg_catalog.count(*) AS row_count, pg_catalog.sum(h.m) AS row_sum
      FROM hashed h GROUP BY h.rel) g
LEFT JOIN rels r ON r.oid = g.rel
GROUP BY r.oid, r.nspname, r.relname
