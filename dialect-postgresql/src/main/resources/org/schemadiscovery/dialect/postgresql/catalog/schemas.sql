-- Schemas the scope patterns select; "usable" is false for those the role has no USAGE on (reported as warnings,
-- their objects left out by every other query).
-- @include scope.sql
SELECT ns.nspname::text AS name,
       ns.usable
FROM named_schemas ns
