-- CHECK expressions. MariaDB names the table here (names are unique per table); MySQL does not (names are unique per
-- schema), so its table comes from table-constraints.sql, and the table restriction applies to MariaDB's rows only.
SELECT c.CONSTRAINT_SCHEMA AS table_schema,
       ${check_table} AS table_name,
       c.CONSTRAINT_NAME AS constraint_name,
       c.CHECK_CLAUSE AS check_clause
FROM information_schema.CHECK_CONSTRAINTS c
WHERE LOCATE(CONCAT('|', HEX(c.CONSTRAINT_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR ${check_table} IS NULL
       OR LOCATE(CONCAT('|', HEX(c.CONSTRAINT_SCHEMA), '.', HEX(${check_table}), '|'), ?) > 0)
ORDER BY c.CONSTRAINT_SCHEMA, c.CONSTRAINT_NAME
