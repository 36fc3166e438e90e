-- Columns of every table (ordinary, shadow, virtual) and view of the schemas in scope, one row per object: the
-- pragma rows are folded into one JSON array of [cid, name, type, notnull, dflt_value, pk, hidden] rows, because
-- fetching every column row through JDBC costs more than the pragma itself (and JSON is half the cost of quote()).
-- ?2 = 0 keeps to tables with storage (rootpage <> 0): the retry after a view or virtual table failed the statement.
-- ?3 is a JSON array of [schema, name] pairs to skip: virtual tables whose module is not loaded. Whatever is left out
-- is read one object at a time with column_one.sql.
WITH ${wanted}, objects(schema_seq, schema_name, type, name, tbl_name, sql, rootpage) AS (
${schema_objects}
)
SELECT o.schema_name, o.name,
       (SELECT json_group_array(json_array(c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden))
        FROM pragma_table_xinfo(o.name, o.schema_name) c)
FROM objects o
WHERE o.type IN ('table', 'view')
  AND o.name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND (?2 = 1 OR (o.type = 'table' AND o.rootpage <> 0))
  AND NOT EXISTS (SELECT 1 FROM json_each(?3) skip
                  WHERE json_extract(skip.value, '$[0]') = o.schema_name AND json_extract(skip.value, '$[1]') = o.name)
