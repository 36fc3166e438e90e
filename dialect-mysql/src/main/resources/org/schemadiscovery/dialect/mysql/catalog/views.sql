-- View definitions in scope; VIEW_DEFINITION is empty when the account lacks SHOW VIEW on the view.
SELECT v.TABLE_SCHEMA AS table_schema,
       v.TABLE_NAME AS table_name,
       v.VIEW_DEFINITION AS view_definition,
       v.CHECK_OPTION AS check_option,
       v.SECURITY_TYPE AS security_type,
       v.DEFINER AS definer
FROM information_schema.VIEWS v
WHERE LOCATE(CONCAT('|', HEX(v.TABLE_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR LOCATE(CONCAT('|', HEX(v.TABLE_SCHEMA), '.', HEX(v.TABLE_NAME), '|'), ?) > 0)
ORDER BY v.TABLE_SCHEMA, v.TABLE_NAME
