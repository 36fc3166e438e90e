SELECT ${seq}, ${schema_literal}, type, name, tbl_name, sql, rootpage FROM ${schema_identifier}.sqlite_schema
WHERE json_array_length(?1) = 0
   OR EXISTS (SELECT 1 FROM wanted w
              WHERE (w.schema_name = ${schema_literal} OR ${schema_literal} = 'temp')
                AND w.name = tbl_name COLLATE NOCASE AND (w.direct OR type = 'table'))
