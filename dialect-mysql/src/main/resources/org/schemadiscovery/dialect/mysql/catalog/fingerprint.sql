-- Fingerprint of the databases in scope (issue 21): one row per table or view (table_schema, table_name) and one
-- with NULL names for the rest (databases, routines, parameters, database grants), each with the number of
-- information_schema rows behind it and the sum of their row hashes (60 bits of an MD5 of every column discovery
-- reads, QUOTE()d so that NULL and the text 'NULL' differ), which does not depend on row order. A strong hash, not
-- BIT_XOR(CRC32(...)): CRC32 is linear, so two columns swapping varchar(10) and varchar(20) cancel out. Left out:
-- what data changes move (TABLE_ROWS, AUTO_INCREMENT, DATA_LENGTH, CARDINALITY, UPDATE_TIME) and what a rebuild
-- moves (CREATE_TIME: TRUNCATE and OPTIMIZE recreate InnoDB tables). Every branch takes the scope parameter.
SELECT h.table_schema, h.table_name, COUNT(*) AS row_count,
       SUM(CAST(CONV(SUBSTRING(h.m, 1, 15), 16, 10) AS UNSIGNED)) AS row_sum
FROM (
    SELECT t.TABLE_SCHEMA AS table_schema, t.TABLE_NAME AS table_name,
           MD5(CONCAT_WS('|', QUOTE(t.TABLE_TYPE), QUOTE(t.ENGINE), QUOTE(t.TABLE_COLLATION),
                         QUOTE(t.CREATE_OPTIONS), QUOTE(t.TABLE_COMMENT), QUOTE(t.ROW_FORMAT))) AS m
    FROM information_schema.TABLES t
    WHERE LOCATE(CONCAT('|', HEX(t.TABLE_SCHEMA), '|'), ?) > 0 AND t.TABLE_TYPE <> 'TEMPORARY'
    UNION ALL
    SELECT c.TABLE_SCHEMA, c.TABLE_NAME,
           MD5(CONCAT_WS('|', QUOTE(c.COLUMN_NAME), QUOTE(c.ORDINAL_POSITION), QUOTE(c.COLUMN_DEFAULT),
                         QUOTE(c.IS_NULLABLE), QUOTE(c.COLUMN_TYPE), QUOTE(c.CHARACTER_SET_NAME),
                         QUOTE(c.COLLATION_NAME), QUOTE(c.EXTRA), QUOTE(c.COLUMN_COMMENT),
                         QUOTE(c.GENERATION_EXPRESSION), QUOTE(${srs_id})))
    FROM information_schema.COLUMNS c
    WHERE LOCATE(CONCAT('|', HEX(c.TABLE_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT s.TABLE_SCHEMA, s.TABLE_NAME,
           MD5(CONCAT_WS('|', QUOTE(s.INDEX_NAME), QUOTE(s.NON_UNIQUE), QUOTE(s.SEQ_IN_INDEX), QUOTE(s.COLUMN_NAME),
                         QUOTE(s.COLLATION), QUOTE(s.SUB_PART), QUOTE(s.INDEX_TYPE), QUOTE(s.INDEX_COMMENT),
                         QUOTE(${index_expression}), QUOTE(${index_visible})))
    FROM information_schema.STATISTICS s
    WHERE LOCATE(CONCAT('|', HEX(s.TABLE_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME,
           MD5(CONCAT_WS('|', QUOTE(tc.CONSTRAINT_NAME), QUOTE(tc.CONSTRAINT_TYPE), QUOTE(${constraint_enforced})))
    FROM information_schema.TABLE_CONSTRAINTS tc
    WHERE LOCATE(CONCAT('|', HEX(tc.TABLE_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT k.TABLE_SCHEMA, k.TABLE_NAME,
           MD5(CONCAT_WS('|', QUOTE(k.CONSTRAINT_NAME), QUOTE(k.COLUMN_NAME), QUOTE(k.ORDINAL_POSITION),
                         QUOTE(k.REFERENCED_TABLE_SCHEMA), QUOTE(k.REFERENCED_TABLE_NAME),
                         QUOTE(k.REFERENCED_COLUMN_NAME)))
    FROM information_schema.KEY_COLUMN_USAGE k
    WHERE LOCATE(CONCAT('|', HEX(k.TABLE_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT r.CONSTRAINT_SCHEMA, r.TABLE_NAME,
           MD5(CONCAT_WS('|', QUOTE(r.CONSTRAINT_NAME), QUOTE(r.UNIQUE_CONSTRAINT_SCHEMA),
                         QUOTE(r.REFERENCED_TABLE_NAME), QUOTE(r.MATCH_OPTION), QUOTE(r.UPDATE_RULE),
                         QUOTE(r.DELETE_RULE)))
    FROM information_schema.REFERENTIAL_CONSTRAINTS r
    WHERE LOCATE(CONCAT('|', HEX(r.CONSTRAINT_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT c.CONSTRAINT_SCHEMA, ${check_table},
           MD5(CONCAT_WS('|', QUOTE(c.CONSTRAINT_NAME), QUOTE(c.CHECK_CLAUSE)))
    FROM information_schema.CHECK_CONSTRAINTS c
    WHERE LOCATE(CONCAT('|', HEX(c.CONSTRAINT_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT g.EVENT_OBJECT_SCHEMA, g.EVENT_OBJECT_TABLE,
           MD5(CONCAT_WS('|', QUOTE(g.TRIGGER_SCHEMA), QUOTE(g.TRIGGER_NAME), QUOTE(g.EVENT_MANIPULATION),
                         QUOTE(g.ACTION_TIMING), QUOTE(g.ACTION_ORIENTATION), QUOTE(g.ACTION_ORDER),
                         QUOTE(g.ACTION_STATEMENT), QUOTE(g.DEFINER)))
    FROM information_schema.TRIGGERS g
    WHERE LOCATE(CONCAT('|', HEX(g.EVENT_OBJECT_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT v.TABLE_SCHEMA, v.TABLE_NAME,
           MD5(CONCAT_WS('|', QUOTE(v.VIEW_DEFINITION), QUOTE(v.CHECK_OPTION), QUOTE(v.SECURITY_TYPE),
                         QUOTE(v.DEFINER)))
    FROM information_schema.VIEWS v
    WHERE LOCATE(CONCAT('|', HEX(v.TABLE_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT p.TABLE_SCHEMA, p.TABLE_NAME,
           MD5(CONCAT_WS('|', QUOTE(p.PARTITION_NAME), QUOTE(p.SUBPARTITION_NAME), QUOTE(p.PARTITION_ORDINAL_POSITION),
                         QUOTE(p.SUBPARTITION_ORDINAL_POSITION), QUOTE(p.PARTITION_METHOD),
                         QUOTE(p.SUBPARTITION_METHOD), QUOTE(p.PARTITION_EXPRESSION),
                         QUOTE(p.SUBPARTITION_EXPRESSION), QUOTE(p.PARTITION_DESCRIPTION),
                         QUOTE(p.PARTITION_COMMENT)))
    FROM information_schema.PARTITIONS p
    WHERE LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '|'), ?) > 0 AND p.PARTITION_NAME IS NOT NULL
    UNION ALL
    SELECT p.TABLE_SCHEMA, p.TABLE_NAME,
           MD5(CONCAT_WS('|', 'table', QUOTE(p.GRANTEE), QUOTE(p.PRIVILEGE_TYPE), QUOTE(p.IS_GRANTABLE)))
    FROM information_schema.TABLE_PRIVILEGES p
    WHERE LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT p.TABLE_SCHEMA, p.TABLE_NAME,
           MD5(CONCAT_WS('|', 'column', QUOTE(p.COLUMN_NAME), QUOTE(p.GRANTEE), QUOTE(p.PRIVILEGE_TYPE),
                         QUOTE(p.IS_GRANTABLE)))
    FROM information_schema.COLUMN_PRIVILEGES p
    WHERE LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT NULL, NULL,
           MD5(CONCAT_WS('|', 'schema', QUOTE(p.TABLE_SCHEMA), QUOTE(p.GRANTEE), QUOTE(p.PRIVILEGE_TYPE),
                         QUOTE(p.IS_GRANTABLE)))
    FROM information_schema.SCHEMA_PRIVILEGES p
    WHERE LOCATE(CONCAT('|', HEX(p.TABLE_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT NULL, NULL,
           MD5(CONCAT_WS('|', 'database', QUOTE(s.SCHEMA_NAME), QUOTE(s.DEFAULT_CHARACTER_SET_NAME),
                         QUOTE(s.DEFAULT_COLLATION_NAME)))
    FROM information_schema.SCHEMATA s
    WHERE LOCATE(CONCAT('|', HEX(s.SCHEMA_NAME), '|'), ?) > 0
    UNION ALL
    SELECT NULL, NULL,
           MD5(CONCAT_WS('|', 'routine', QUOTE(r.ROUTINE_SCHEMA), QUOTE(r.ROUTINE_NAME), QUOTE(r.ROUTINE_TYPE),
                         QUOTE(r.DTD_IDENTIFIER), QUOTE(r.ROUTINE_BODY), QUOTE(r.EXTERNAL_LANGUAGE),
                         QUOTE(r.ROUTINE_DEFINITION), QUOTE(r.IS_DETERMINISTIC), QUOTE(r.SQL_DATA_ACCESS),
                         QUOTE(r.SECURITY_TYPE), QUOTE(r.ROUTINE_COMMENT), QUOTE(r.DEFINER)))
    FROM information_schema.ROUTINES r
    WHERE LOCATE(CONCAT('|', HEX(r.ROUTINE_SCHEMA), '|'), ?) > 0
    UNION ALL
    SELECT NULL, NULL,
           MD5(CONCAT_WS('|', 'parameter', QUOTE(p.SPECIFIC_SCHEMA), QUOTE(p.SPECIFIC_NAME), QUOTE(p.ROUTINE_TYPE),
                         QUOTE(p.ORDINAL_POSITION), QUOTE(p.PARAMETER_MODE), QUOTE(p.PARAMETER_NAME),
                         QUOTE(p.DTD_IDENTIFIER)))
    FROM information_schema.PARAMETERS p
    WHERE LOCATE(CONCAT('|', HEX(p.SPECIFIC_SCHEMA), '|'), ?) > 0
) h
GROUP BY h.table_schema, h.table_name
