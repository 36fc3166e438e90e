SELECT ${seq}, ${schema_literal}, type, name, tbl_name, sql, rootpage FROM ${schema_identifier}.sqlite_schema
