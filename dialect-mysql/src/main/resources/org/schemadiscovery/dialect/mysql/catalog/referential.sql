-- Foreign key rules. MATCH_OPTION is always NONE (InnoDB parses MATCH and ignores it).
SELECT r.CONSTRAINT_SCHEMA AS table_schema,
       r.TABLE_NAME AS table_name,
       r.CONSTRAINT_NAME AS constraint_name,
       r.UNIQUE_CONSTRAINT_SCHEMA AS referenced_schema,
       r.REFERENCED_TABLE_NAME AS referenced_table,
       r.MATCH_OPTION AS match_option,
       r.UPDATE_RULE AS update_rule,
       r.DELETE_RULE AS delete_rule
FROM information_schema.REFERENTIAL_CONSTRAINTS r
WHERE LOCATE(CONCAT('|', HEX(r.CONSTRAINT_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR LOCATE(CONCAT('|', HEX(r.CONSTRAINT_SCHEMA), '.', HEX(r.TABLE_NAME), '|'), ?) > 0)
ORDER BY r.CONSTRAINT_SCHEMA, r.TABLE_NAME, r.CONSTRAINT_NAME
