-- Tables, views and sequences of every database in scope. The parameter lists the databases in scope as
-- |HEX(name)|HEX(name)|..., so the text is the same whatever their number; the condition only uses the schema column,
-- which MariaDB evaluates per database before it opens any table. table_rows is the engine's estimate (exact for
-- MyISAM, sampled for InnoDB), NULL for views. The next two parameters are the table restriction (both the same):
-- |HEX(schema).HEX(name)|... of the tables and views wanted, or || for every one, so names with any character match
-- exactly; like the schema condition it names only columns MariaDB evaluates before it opens a table. The other
-- scoped statements of tables and views take it the same way; sequences are not restricted.
SELECT t.TABLE_SCHEMA AS table_schema,
       t.TABLE_NAME AS table_name,
       t.TABLE_TYPE AS table_type,
       t.ENGINE AS engine,
       t.TABLE_COLLATION AS table_collation,
       t.AUTO_INCREMENT AS auto_increment,
       t.CREATE_OPTIONS AS create_options,
       t.TABLE_COMMENT AS table_comment,
       t.ROW_FORMAT AS row_format,
       t.TABLE_ROWS AS table_rows
FROM information_schema.TABLES t
WHERE LOCATE(CONCAT('|', HEX(t.TABLE_SCHEMA), '|'), ?) > 0
  AND (t.TABLE_TYPE = 'SEQUENCE' OR (? = '||' OR LOCATE(CONCAT('|', HEX(t.TABLE_SCHEMA), '.', HEX(t.TABLE_NAME), '|'), ?) > 0))
  AND t.TABLE_TYPE <> 'TEMPORARY'
ORDER BY t.TABLE_SCHEMA, t.TABLE_NAME
