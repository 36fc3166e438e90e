-- Row-level security policies of relations in scope; roles sorted so the order does not depend on catalog order.
-- has_using / has_check tell a NULL from pg_get_expr (relation dropped after the snapshot) from no expression.
-- @include scope.sql
SELECT pol.polrelid::bigint AS rel_oid,
       pol.polname::text AS name,
       pol.polcmd::text AS command,
       pol.polpermissive AS permissive,
       ARRAY(SELECT n.role_name
             FROM (SELECT CASE WHEN r.roleid = 0 THEN 'public'
                               ELSE pg_catalog.pg_get_userbyid(r.roleid)::text END AS role_name
                   FROM pg_catalog.unnest(pol.polroles) AS r(roleid)) n
             ORDER BY n.role_name COLLATE "C")::text AS roles,
       pol.polqual IS NOT NULL AS has_using,
       pol.polwithcheck IS NOT NULL AS has_check,
       pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) AS using_expr,
       pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) AS check_expr
FROM pg_catalog.pg_policy pol
JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
JOIN scope s ON s.oid = c.relnamespace
CROSS JOIN params p
WHERE c.oid <> ALL (p.skipped)
  AND (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))
