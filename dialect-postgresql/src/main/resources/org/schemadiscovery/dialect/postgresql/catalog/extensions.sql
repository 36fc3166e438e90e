-- Installed extensions (plpgsql and other built-ins excluded, as pg_dump does) in creation order, so that applying
-- them in this order satisfies their requirements. Members named with pg_identify_object: never translated.
-- @include scope.sql
SELECT x.extname::text AS name,
       x.extversion::text AS version,
       n.nspname::text AS schema_name,
       ARRAY(SELECT m.member
             FROM (SELECT io.type || ' ' || io.identity AS member
                   FROM pg_catalog.pg_depend d
                   CROSS JOIN LATERAL pg_catalog.pg_identify_object(d.classid, d.objid, d.objsubid) AS io
                   WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                     AND d.refobjid = x.oid AND d.deptype = 'e') m
             ORDER BY m.member COLLATE "C")::text AS members
FROM pg_catalog.pg_extension x
JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
CROSS JOIN params p
WHERE x.oid >= 16384
  AND (n.oid IN (SELECT oid FROM scope)
       OR (n.nspname = 'pg_catalog' AND pg_catalog.cardinality(p.include_patterns) = 0))
ORDER BY x.oid
