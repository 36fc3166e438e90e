-- What a fingerprint of the schemas in scope hashes: the stored definition of every table, index, view and trigger
-- (type, name, table and SQL text), without SQLite's own sqlite_% rows (ANALYZE adds sqlite_stat1). Data changes,
-- ANALYZE and VACUUM leave these rows alone; PRAGMA schema_version does not serve, since VACUUM bumps it and two
-- files with the same DDL can read the same number.
-- One row per definition: the schema's number and the table it belongs to (to group by), then its four parts as one
-- value, each part prefixed with its length as CAST AS BLOB counts it (bytes in the file's encoding, the encoding the
-- value is read in) and a colon, -1: for NULL, so that no two lists of parts give the same value. Read as one value
-- and hashed as read: five strings a row cost more to fetch than SQLite takes to step through the rows.
WITH ${wanted}, objects(schema_seq, schema_name, type, name, tbl_name, sql, rootpage) AS (
${schema_objects}
)
SELECT o.schema_seq, o.tbl_name,
       coalesce(length(CAST(o.type AS BLOB)) || ':' || o.type, '-1:')
       || coalesce(length(CAST(o.name AS BLOB)) || ':' || o.name, '-1:')
       || coalesce(length(CAST(o.tbl_name AS BLOB)) || ':' || o.tbl_name, '-1:')
       || coalesce(length(CAST(o.sql AS BLOB)) || ':' || o.sql, '-1:')
FROM objects o
WHERE o.name NOT LIKE 'sqlite\_%' ESCAPE '\'
