-- Every database the account can see (information_schema lists only databases it holds some privilege on), with its
-- defaults, and which one the connection uses. The scope patterns are applied by the plugin.
SELECT s.SCHEMA_NAME AS schema_name,
       s.DEFAULT_CHARACTER_SET_NAME AS default_charset,
       s.DEFAULT_COLLATION_NAME AS default_collation,
       CASE WHEN s.SCHEMA_NAME = DATABASE() THEN 1 ELSE 0 END AS is_current
FROM information_schema.SCHEMATA s
ORDER BY s.SCHEMA_NAME
