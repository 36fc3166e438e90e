-- Tables, views and sequences of every database in scope. The parameter lists the databases in scope as
-- |HEX(name)|HEX(name)|..., so the text is the same whatever their number; the condition only uses the schema column,
-- which MariaDB evaluates per database before it opens any table. table_rows is the engine's estimate (exact for
-- MyISAM, sampled for InnoDB), NULL for views.
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
  AND t.TABLE_TYPE <> 'TEMPORARY'
ORDER BY t.TABLE_SCHEMA, t.TABLE_NAME
