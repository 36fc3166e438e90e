-- Foreign-key columns of every table with storage in the schemas in scope.
WITH ${wanted}, objects(schema_seq, schema_name, type, name, tbl_name, sql, rootpage) AS (
${schema_objects}
)
SELECT o.schema_name, o.name, fk.id, fk.seq, fk."table", fk."from", fk."to", fk.on_update, fk.on_delete
FROM objects o
CROSS JOIN pragma_foreign_key_list(o.name, o.schema_name) fk
WHERE o.type = 'table' AND o.rootpage <> 0
  AND o.name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND (json_array_length(?1) = 0
       OR EXISTS (SELECT 1 FROM wanted w
                  WHERE w.direct AND w.schema_name = o.schema_name AND w.name = o.name COLLATE NOCASE))
