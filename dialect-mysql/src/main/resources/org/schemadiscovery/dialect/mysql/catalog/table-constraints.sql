-- Named constraints of every table in scope: PRIMARY KEY, UNIQUE (every unique index: MySQL keeps no other kind),
-- FOREIGN KEY and CHECK, and whether MySQL enforces it.
SELECT tc.TABLE_SCHEMA AS table_schema,
       tc.TABLE_NAME AS table_name,
       tc.CONSTRAINT_NAME AS constraint_name,
       tc.CONSTRAINT_TYPE AS constraint_type,
       ${constraint_enforced} AS enforced
FROM information_schema.TABLE_CONSTRAINTS tc
WHERE LOCATE(CONCAT('|', HEX(tc.TABLE_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR LOCATE(CONCAT('|', HEX(tc.TABLE_SCHEMA), '.', HEX(tc.TABLE_NAME), '|'), ?) > 0)
ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME
