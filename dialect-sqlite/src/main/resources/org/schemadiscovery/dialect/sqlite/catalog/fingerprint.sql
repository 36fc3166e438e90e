-- What a fingerprint of the schemas in scope hashes: the stored definition of every table, index, view and trigger
-- (type, name, table and SQL text), without SQLite's own sqlite_% rows (ANALYZE adds sqlite_stat1). Data changes,
-- ANALYZE and VACUUM leave these rows alone; PRAGMA schema_version does not serve, since VACUUM bumps it and two
-- files with the same DDL can read the same number.
WITH ${wanted}, objects(schema_seq, schema_name, type, name, tbl_name, sql, rootpage) AS (
${schema_objects}
)
SELECT o.schema_name, o.type, o.name, o.tbl_name, o.sql
FROM objects o
WHERE o.name NOT LIKE 'sqlite\_%' ESCAPE '\'
