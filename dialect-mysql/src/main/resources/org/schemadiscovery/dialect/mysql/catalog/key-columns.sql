-- Columns of primary keys, unique constraints and foreign keys in key order, with the referenced columns.
SELECT k.TABLE_SCHEMA AS table_schema,
       k.TABLE_NAME AS table_name,
       k.CONSTRAINT_NAME AS constraint_name,
       k.COLUMN_NAME AS column_name,
       k.ORDINAL_POSITION AS ordinal_position,
       k.REFERENCED_TABLE_SCHEMA AS referenced_schema,
       k.REFERENCED_TABLE_NAME AS referenced_table,
       k.REFERENCED_COLUMN_NAME AS referenced_column
FROM information_schema.KEY_COLUMN_USAGE k
WHERE LOCATE(CONCAT('|', HEX(k.TABLE_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR LOCATE(CONCAT('|', HEX(k.TABLE_SCHEMA), '.', HEX(k.TABLE_NAME), '|'), ?) > 0)
ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
