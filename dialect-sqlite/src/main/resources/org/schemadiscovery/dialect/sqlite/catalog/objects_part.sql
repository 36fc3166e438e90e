SELECT ${seq}, ${schema_literal}, type, name, tbl_name, sql, rootpage FROM ${schema_identifier}.sqlite_schema
WHERE json_array_length(?1) = 0
   OR tbl_name COLLATE NOCASE IN (SELECT w.name FROM wanted w
                                  WHERE w.schema_name = ${schema_literal} OR ${schema_literal} = 'temp')
