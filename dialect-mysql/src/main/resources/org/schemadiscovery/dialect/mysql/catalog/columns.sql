-- Columns of every table and view in scope. A view information_schema cannot open (invalid references, missing
-- definer) is left out with a warning on the statement, which the plugin turns into a discovery warning.
SELECT c.TABLE_SCHEMA AS table_schema,
       c.TABLE_NAME AS table_name,
       c.COLUMN_NAME AS column_name,
       c.ORDINAL_POSITION AS ordinal_position,
       c.COLUMN_DEFAULT AS column_default,
       c.IS_NULLABLE AS is_nullable,
       c.DATA_TYPE AS data_type,
       c.COLUMN_TYPE AS column_type,
       c.CHARACTER_SET_NAME AS charset,
       c.COLLATION_NAME AS collation_name,
       c.EXTRA AS extra,
       c.COLUMN_COMMENT AS column_comment,
       c.GENERATION_EXPRESSION AS generation_expression,
       ${srs_id} AS srs_id
FROM information_schema.COLUMNS c
WHERE LOCATE(CONCAT('|', HEX(c.TABLE_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR LOCATE(CONCAT('|', HEX(c.TABLE_SCHEMA), '.', HEX(c.TABLE_NAME), '|'), ?) > 0)
ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION
