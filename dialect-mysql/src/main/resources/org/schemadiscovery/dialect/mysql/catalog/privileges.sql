-- Privileges granted on the databases, tables, views and columns in scope, one row per grantee and privilege.
-- information_schema lists only what the account may see (every grant for an account that reads the mysql schema).
-- A grantee prints as 'user'@'host'; a database-level grant on a pattern (`app%`.*) names no database and is left out.
SELECT 'schema' AS kind, p.TABLE_SCHEMA AS object_schema, NULL AS object_name, NULL AS column_name, 0 AS ordinal,
       p.GRANTEE AS grantee, p.PRIVILEGE_TYPE AS privilege_type, p.IS_GRANTABLE AS is_grantable
FROM information_schema.SCHEMA_PRIVILEGES p
WHERE LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '|'), ?) > 0
UNION ALL
SELECT 'table', p.TABLE_SCHEMA, p.TABLE_NAME, NULL, 0, p.GRANTEE, p.PRIVILEGE_TYPE, p.IS_GRANTABLE
FROM information_schema.TABLE_PRIVILEGES p
WHERE LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '.', HEX(p.TABLE_NAME), '|'), ?) > 0)
UNION ALL
SELECT 'column', p.TABLE_SCHEMA, p.TABLE_NAME, p.COLUMN_NAME, c.ORDINAL_POSITION, p.GRANTEE, p.PRIVILEGE_TYPE,
       p.IS_GRANTABLE
FROM information_schema.COLUMN_PRIVILEGES p
JOIN information_schema.COLUMNS c
  ON c.TABLE_SCHEMA = p.TABLE_SCHEMA AND c.TABLE_NAME = p.TABLE_NAME AND c.COLUMN_NAME = p.COLUMN_NAME
WHERE LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '.', HEX(p.TABLE_NAME), '|'), ?) > 0)
ORDER BY 1, 2, 3, 5, 6, 7
