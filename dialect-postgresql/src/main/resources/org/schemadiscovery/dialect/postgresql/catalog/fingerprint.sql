-- Fingerprint of the scope (issue 21): one row per relation in scope (schema_name, name) and one row with NULL
-- names for everything else discovery reads, each with the number of catalog rows behind it and the sum of their
-- 64-bit row hashes, so the result does not depend on catalog order. Rows that only DDL writes are hashed by their
-- xmin's text (any change writes a new row version with the changing transaction's id; VACUUM FREEZE keeps the raw
-- xmin; hashing the text saves a cast to bigint per row; hashing the whole row's text
-- instead took 1.8 s for bench5000's 180,000 catalog rows); pg_class rows are hashed on schema-relevant columns and
-- pg_index rows on the index oid and a few flags, because TRUNCATE, CLUSTER, VACUUM FULL, REINDEX and ANALYZE
-- rewrite relfilenode, relpages, reltuples, relfrozenxid and indisclustered. Owners, grantees and policy roles are
-- read by name, and renaming a role rewrites no row that names it: each row that names a role is hashed with the
-- role's current name (pg_get_userbyid for owners; aclitem's text shows grantee names; regrole[] for policy roles),
-- so that a role rename moves what it owns or is granted, and a role that nothing in scope names moves nothing
-- (pg_roles itself is not read: other applications and tests create and drop roles at any time). Comments of
-- indexes, constraints, triggers and policies count for their table; everything not owned by a relation in scope
-- (schemas, types, routines, sequences, extensions, other comments) counts for the NULL row. A relation's row type
-- and its array type (pg_type) are not read: the model shows nothing of them that the relation's own pg_class row
-- does not (name, schema, owner), so creating, dropping or renaming a table or view moves only its digest.
-- Cost (bench5000, 124,000 hashed rows): every catalog is read once and joined to the relations in scope at most
-- once, each extra pass over pg_class, pg_depend or pg_constraint cost 5-15 ms; all branches yield (oid, bigint) so
-- the union needs no per-row projection and the sums stay in 128-bit integers (one numeric branch made every row
-- numeric). The relations' own rows are not grouped per catalog first: that moves the same per-row work elsewhere.
-- @include scope.sql
, ext AS MATERIALIZED (
    -- extension members, found through pg_extension and pg_depend's index on the referenced object (scanning all of
    -- pg_depend for deptype 'e' cost more than listing the relations)
    SELECT d.classid, d.objid, d.xmin AS row_xmin
    FROM pg_catalog.pg_extension x
    JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                               AND d.refobjid = x.oid AND d.deptype = 'e'
), rels AS MATERIALIZED (
    -- the relations in scope, hashed on their schema-relevant pg_class columns: TRUNCATE, CLUSTER, VACUUM FULL and
    -- ANALYZE rewrite the row (relfilenode, relpages, reltuples, relallvisible, relfrozenxid), so xmin cannot do
    SELECT c.oid, s.nspname, c.relname,
           pg_catalog.hashtextextended(ROW(c.relname, c.relkind, c.relpersistence, c.relispartition,
                                           pg_catalog.pg_get_userbyid(c.relowner), c.relacl, c.reloptions, c.relrowsecurity, c.relforcerowsecurity,
                                           c.reloftype, c.relreplident, c.relpartbound::text)::text,
                                       c.relnamespace::bigint) AS h
    FROM pg_catalog.pg_class c
    JOIN scope s ON s.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
      AND c.oid <> ALL ((SELECT p.skipped FROM params p)::oid[])
      AND NOT EXISTS (SELECT 1 FROM ext e WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                            AND e.objid = c.oid)
), parts AS MATERIALIZED (
    -- the other pg_class rows in scope discovery reads, hashed likewise: indexes on what ALTER INDEX changes (their
    -- definition is in pg_index; REINDEX rewrites the row), sequences like relations (TRUNCATE ... RESTART
    -- IDENTITY rewrites the row), composite types on xmin (no storage: only DDL writes their row); each with its
    -- owner's name
    SELECT c.oid, c.relkind,
           CASE WHEN c.relkind IN ('i', 'I')
                THEN pg_catalog.hashtextextended(c.relname::text,
                         CASE WHEN c.reloptions IS NULL THEN c.relam::bigint * 2 + c.relispartition::int
                              ELSE pg_catalog.hashtextextended(c.reloptions::text,
                                                               c.relam::bigint * 2 + c.relispartition::int)
                         END)
                WHEN c.relkind = 'c'
                THEN pg_catalog.hashtextextended(c.xmin::text || ' ' || pg_catalog.pg_get_userbyid(c.relowner), 0)
                ELSE pg_catalog.hashtextextended(ROW(c.relname, c.relkind, c.relpersistence, c.relispartition,
                                                     pg_catalog.pg_get_userbyid(c.relowner), c.relacl, c.reloptions, c.relrowsecurity,
                                                     c.relforcerowsecurity, c.reloftype, c.relreplident,
                                                     c.relpartbound::text)::text, c.relnamespace::bigint)
           END AS h
    FROM pg_catalog.pg_class c
    JOIN scope s ON s.oid = c.relnamespace
    WHERE c.relkind IN ('i', 'I', 'S', 'c')
      AND NOT EXISTS (SELECT 1 FROM ext e WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                            AND e.objid = c.oid)
), hashed(rel, m) AS (
    -- catalogs whose rows all belong to user relations are not joined to rels: the rows of relations out of scope
    -- (or skipped, or members of an extension) form groups that the final join drops
    SELECT r.oid, r.h FROM rels r
    UNION ALL
    -- columns with their grants' text (grantee names)
    SELECT a.attrelid, CASE WHEN a.attacl IS NULL THEN pg_catalog.hashtextextended(a.xmin::text, 0)
                            ELSE pg_catalog.hashtextextended(a.xmin::text || ' ' || a.attacl::text, 0) END
    FROM pg_catalog.pg_attribute a JOIN rels r ON r.oid = a.attrelid
    WHERE a.attnum > 0
    UNION ALL
    SELECT ad.adrelid, pg_catalog.hashtextextended(ad.xmin::text, 0)
    FROM pg_catalog.pg_attrdef ad
    UNION ALL
    -- indexes count for their table. An index's definition (indkey, indclass, indexprs, indpred, ...) never changes
    -- while its oid stays (ALTER COLUMN TYPE rebuilds it under a new oid), so pg_index is hashed on the oid and the
    -- flags CREATE/DROP INDEX CONCURRENTLY and REPLICA IDENTITY USING INDEX move, not on indisclustered (CLUSTER
    -- sets it); hashing indexprs and indpred took a fifth of the statement
    SELECT i.indrelid, pg_catalog.hashint8extended(i.indexrelid::bigint,
                                                   ic.h # (i.indisvalid::int * 8 + i.indisready::int * 4
                                                           + i.indislive::int * 2 + i.indisreplident::int))
    FROM pg_catalog.pg_index i
    JOIN rels r ON r.oid = i.indrelid
    JOIN parts ic ON ic.oid = i.indexrelid
    UNION ALL
    -- constraints of relations count for them, those of domains in scope for the rest
    SELECT k.conrelid, pg_catalog.hashtextextended(k.xmin::text, 0)
    FROM pg_catalog.pg_constraint k
    LEFT JOIN (SELECT t.oid FROM pg_catalog.pg_type t JOIN scope s ON s.oid = t.typnamespace
               WHERE t.typtype = 'd') dom ON dom.oid = k.contypid
    WHERE k.conrelid <> 0 OR dom.oid IS NOT NULL
    UNION ALL
    SELECT t.tgrelid, pg_catalog.hashtextextended(t.xmin::text, 0)
    FROM pg_catalog.pg_trigger t
    UNION ALL
    -- policies with the names of the roles they apply to
    SELECT pol.polrelid, pg_catalog.hashtextextended(pol.xmin::text || ' ' || pol.polroles::regrole[]::text, 0)
    FROM pg_catalog.pg_policy pol
    UNION ALL
    SELECT rw.ev_class, pg_catalog.hashtextextended(rw.xmin::text, 0)
    FROM pg_catalog.pg_rewrite rw WHERE rw.ev_class >= 16384
    UNION ALL
    SELECT ih.inhrelid, pg_catalog.hashtextextended(ih.xmin::text, 0)
    FROM pg_catalog.pg_inherits ih
    UNION ALL
    SELECT ih.inhparent, pg_catalog.hashtextextended(ih.xmin::text, 0)
    FROM pg_catalog.pg_inherits ih
    UNION ALL
    SELECT pt.partrelid, pg_catalog.hashtextextended(pt.xmin::text, 0)
    FROM pg_catalog.pg_partitioned_table pt
    UNION ALL
    SELECT ft.ftrelid, pg_catalog.hashtextextended(ft.xmin::text, 0)
    FROM pg_catalog.pg_foreign_table ft
    UNION ALL
    -- sequences: pg_sequence rows are rewritten only by ALTER SEQUENCE (nextval writes the sequence itself);
    -- identity and owned sequences count for their table (the owning link too), the others for the scope
    SELECT COALESCE(own.refobjid, 0::oid),
           pg_catalog.hashtextextended(ROW(c.h, sq.xmin, own.refobjsubid, own.deptype)::text, 0)
    FROM parts c
    JOIN pg_catalog.pg_sequence sq ON sq.seqrelid = c.oid
    LEFT JOIN LATERAL (SELECT d.refobjid, d.refobjsubid, d.deptype FROM pg_catalog.pg_depend d
                       WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid
                         AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a', 'i')
                       LIMIT 1) own ON true
    WHERE c.relkind = 'S'
    UNION ALL
    -- composite types: their relation and attributes (ALTER TYPE ... ADD/ALTER/RENAME ATTRIBUTE) count for the scope
    SELECT 0::oid, c.h FROM parts c WHERE c.relkind = 'c'
    UNION ALL
    SELECT 0::oid, pg_catalog.hashtextextended(a.xmin::text, 0)
    FROM parts c JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
    WHERE c.relkind = 'c'
    UNION ALL
    SELECT 0::oid, pg_catalog.hashtextextended(ROW(n.*, ns.usable, pg_catalog.pg_get_userbyid(n.nspowner))::text, 0)
    FROM named_schemas ns JOIN pg_catalog.pg_namespace n ON n.oid = ns.oid
    UNION ALL
    -- types discovery reads: enums, domains, ranges (with their multiranges); composite types are hashed with
    -- pg_class (parts), and the row and array types of relations and types change only with the pg_class or pg_type
    -- row they belong to; with their owner's name
    SELECT 0::oid, pg_catalog.hashtextextended(t.xmin::text || ' ' || pg_catalog.pg_get_userbyid(t.typowner), 0)
    FROM pg_catalog.pg_type t JOIN scope s ON s.oid = t.typnamespace
    WHERE t.typtype IN ('d', 'e', 'r', 'm')
    UNION ALL
    SELECT 0::oid, pg_catalog.hashtextextended(e.xmin::text, 0)
    FROM pg_catalog.pg_enum e JOIN pg_catalog.pg_type t ON t.oid = e.enumtypid JOIN scope s ON s.oid = t.typnamespace
    UNION ALL
    SELECT 0::oid, pg_catalog.hashtextextended(rg.xmin::text, 0)
    FROM pg_catalog.pg_range rg JOIN pg_catalog.pg_type t ON t.oid = rg.rngtypid
    JOIN scope s ON s.oid = t.typnamespace
    UNION ALL
    -- routines with their owner's name and their grants' text
    SELECT 0::oid, pg_catalog.hashtextextended(pr.xmin::text || ' ' || pg_catalog.pg_get_userbyid(pr.proowner)
                                               || COALESCE(' ' || pr.proacl::text, ''), 0)
    FROM pg_catalog.pg_proc pr JOIN scope s ON s.oid = pr.pronamespace
    UNION ALL
    SELECT 0::oid, pg_catalog.hashtextextended(ag.xmin::text, 0)
    FROM pg_catalog.pg_aggregate ag JOIN pg_catalog.pg_proc pr ON pr.oid = ag.aggfnoid
    JOIN scope s ON s.oid = pr.pronamespace
    UNION ALL
    SELECT 0::oid, pg_catalog.hashtextextended(x.xmin::text, 0) FROM pg_catalog.pg_extension x
    UNION ALL
    SELECT 0::oid, pg_catalog.hashtextextended(e.row_xmin::text, 0) FROM ext e
    UNION ALL
    SELECT 0::oid, pg_catalog.hashtextextended(fs.xmin::text, 0) FROM pg_catalog.pg_foreign_server fs
    UNION ALL
    -- comments: of relations, indexes, constraints, triggers and policies for their relation, others for the scope;
    -- each comment looks up only the catalog its class names
    SELECT COALESCE(dr.oid, CASE d.classoid
               WHEN 'pg_catalog.pg_class'::pg_catalog.regclass
                   THEN (SELECT i.indrelid FROM pg_catalog.pg_index i WHERE i.indexrelid = d.objoid)
               WHEN 'pg_catalog.pg_constraint'::pg_catalog.regclass
                   THEN (SELECT NULLIF(k.conrelid, 0) FROM pg_catalog.pg_constraint k WHERE k.oid = d.objoid)
               WHEN 'pg_catalog.pg_trigger'::pg_catalog.regclass
                   THEN (SELECT t.tgrelid FROM pg_catalog.pg_trigger t WHERE t.oid = d.objoid)
               WHEN 'pg_catalog.pg_policy'::pg_catalog.regclass
                   THEN (SELECT pol.polrelid FROM pg_catalog.pg_policy pol WHERE pol.oid = d.objoid)
           END, 0::oid),
           pg_catalog.hashtextextended(d.xmin::text, 0)
    FROM pg_catalog.pg_description d
    LEFT JOIN rels dr ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND dr.oid = d.objoid
    WHERE d.objoid >= 16384
)
SELECT r.nspname::text AS schema_name,
       r.relname::text AS name,
       g.row_count::bigint AS row_count,
       g.row_sum::text AS row_sum
FROM (SELECT h.rel, pg_catalog.count(*) AS row_count, pg_catalog.sum(h.m) AS row_sum
      FROM hashed h GROUP BY h.rel) g
LEFT JOIN rels r ON r.oid = g.rel
WHERE r.oid IS NOT NULL OR g.rel = 0
