-- Partitions and subpartitions of the partitioned tables in scope (run only when tables.sql found one: this view
-- opens every table it lists).
SELECT p.TABLE_SCHEMA AS table_schema,
       p.TABLE_NAME AS table_name,
       p.PARTITION_NAME AS partition_name,
       p.SUBPARTITION_NAME AS subpartition_name,
       p.PARTITION_ORDINAL_POSITION AS partition_position,
       p.SUBPARTITION_ORDINAL_POSITION AS subpartition_position,
       p.PARTITION_METHOD AS partition_method,
       p.SUBPARTITION_METHOD AS subpartition_method,
       p.PARTITION_EXPRESSION AS partition_expression,
       p.SUBPARTITION_EXPRESSION AS subpartition_expression,
       p.PARTITION_DESCRIPTION AS partition_description,
       p.PARTITION_COMMENT AS partition_comment
FROM information_schema.PARTITIONS p
WHERE LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '.', HEX(p.TABLE_NAME), '|'), ?) > 0)
  AND p.PARTITION_NAME IS NOT NULL
ORDER BY p.TABLE_SCHEMA, p.TABLE_NAME, p.PARTITION_ORDINAL_POSITION, p.SUBPARTITION_ORDINAL_POSITION
