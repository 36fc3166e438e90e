-- Owners and privileges (GRANTs) of schemas, relations, sequences and routines in scope, from their ACLs, plus
-- column privileges. One row per (object, grantee, privilege); an object with no grant beyond its owner's yields
-- one row with NULL grantee when its owner is not read elsewhere (schemas, sequences, routines), none otherwise.
-- A NULL ACL means the built-in default (acldefault): routines grant EXECUTE to PUBLIC. The owner's own
-- privileges are implicit and left out, as pg_dump does; grants of one privilege by several grantors fold into one.
-- Under a table restriction only the named relations and the sequences they own are read: schemas and routines are
-- not reread (their branches are "NOT p.restricted", which RestrictedSql drops).
-- @include scope.sql
, objects AS (
    SELECT 'schema'::text AS kind, ns.nspname::text AS schema_name, ns.nspname::text AS name,
           NULL::text AS arguments, n.nspowner AS owner_oid, n.nspacl AS acl, 'n'::"char" AS acl_kind
    FROM scope ns
    JOIN pg_catalog.pg_namespace n ON n.oid = ns.oid
    CROSS JOIN params p
    WHERE NOT p.restricted
    UNION ALL
    SELECT CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'relation' END, s.nspname::text, c.relname::text, NULL,
           c.relowner, c.relacl, CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char"
    FROM pg_catalog.pg_class c
    JOIN scope s ON s.oid = c.relnamespace
    CROSS JOIN params p
    WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
      AND c.oid <> ALL (p.skipped)
      AND (c.relkind = 'S' AND (NOT p.restricted OR c.oid IN (SELECT o.oid FROM owned_sequences o))
           OR c.relkind <> 'S' AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w)))
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        AND e.objid = c.oid AND e.deptype = 'e')
    UNION ALL
    SELECT 'routine', s.nspname::text, r.proname::text, pg_catalog.pg_get_function_arguments(r.oid), r.proowner,
           r.proacl, 'f'::"char"
    FROM pg_catalog.pg_proc r
    JOIN scope s ON s.oid = r.pronamespace
    CROSS JOIN params p
    WHERE NOT p.restricted
      AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                      WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                        AND e.objid = r.oid AND e.deptype IN ('e', 'i'))
)
SELECT o.kind, o.schema_name, o.name, o.arguments, pg_catalog.pg_get_userbyid(o.owner_oid)::text AS owner,
       NULL::text AS column_name, NULL::int AS column_number, g.grantee, g.privilege, g.grantable
FROM objects o
LEFT JOIN LATERAL (
    SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee)::text END AS grantee,
           a.privilege_type::text AS privilege, pg_catalog.bool_or(a.is_grantable) AS grantable
    FROM pg_catalog.aclexplode(COALESCE(o.acl, pg_catalog.acldefault(o.acl_kind, o.owner_oid))) AS a
    WHERE a.grantee <> o.owner_oid
    GROUP BY 1, 2
) g ON true
WHERE g.grantee IS NOT NULL OR o.kind <> 'relation'
UNION ALL
SELECT 'column', s.nspname::text, c.relname::text, NULL, NULL, at.attname::text, at.attnum::int,
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee)::text END,
       a.privilege_type::text, pg_catalog.bool_or(a.is_grantable)
FROM pg_catalog.pg_attribute at
JOIN pg_catalog.pg_class c ON c.oid = at.attrelid
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
CROSS JOIN LATERAL pg_catalog.aclexplode(at.attacl) AS a
WHERE at.attacl IS NOT NULL
  AND at.attnum > 0
  AND NOT at.attisdropped
  AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND c.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))
  AND a.grantee <> c.relowner
GROUP BY s.nspname, c.relname, at.attname, at.attnum, a.grantee, a.privilege_type
