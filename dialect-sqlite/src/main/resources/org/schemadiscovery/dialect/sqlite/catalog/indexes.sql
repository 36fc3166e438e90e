-- Key columns of every index of the tables with storage (virtual tables have none) in the schemas in scope, one row
-- per table: a JSON array of [index, unique, origin, partial, seqno, cid, column, desc, collation] rows.
WITH ${wanted}, objects(schema_seq, schema_name, type, name, tbl_name, sql, rootpage) AS (
${schema_objects}
)
SELECT o.schema_name, o.name,
       json_group_array(json_array(il.name, il."unique", il.origin, il.partial, ix.seqno, ix.cid, ix.name, ix."desc",
                                   ix.coll))
FROM objects o
CROSS JOIN pragma_index_list(o.name, o.schema_name) il
CROSS JOIN pragma_index_xinfo(il.name, o.schema_name) ix
WHERE o.type = 'table' AND o.rootpage <> 0
  AND o.name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND (json_array_length(?1) = 0
       OR EXISTS (SELECT 1 FROM wanted w
                  WHERE w.direct AND w.schema_name = o.schema_name AND w.name = o.name COLLATE NOCASE))
  AND ix.key = 1
GROUP BY o.schema_seq, o.name
