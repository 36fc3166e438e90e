-- Index key parts of every table in scope: order (COLLATION D = descending), prefix length, method, comment,
-- visibility (MySQL INVISIBLE / MariaDB IGNORED) and, on MySQL 8.0.13+, the expression of a functional key part.
SELECT s.TABLE_SCHEMA AS table_schema,
       s.TABLE_NAME AS table_name,
       s.INDEX_NAME AS index_name,
       s.NON_UNIQUE AS non_unique,
       s.SEQ_IN_INDEX AS seq_in_index,
       s.COLUMN_NAME AS column_name,
       s.COLLATION AS key_order,
       s.SUB_PART AS sub_part,
       s.INDEX_TYPE AS index_type,
       s.INDEX_COMMENT AS index_comment,
       ${index_expression} AS expression,
       ${index_visible} AS visible
FROM information_schema.STATISTICS s
WHERE LOCATE(CONCAT('|', HEX(s.TABLE_SCHEMA), '|'), ?) > 0
  AND (? = '||' OR LOCATE(CONCAT('|', HEX(s.TABLE_SCHEMA), '.', HEX(s.TABLE_NAME), '|'), ?) > 0)
ORDER BY s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX
