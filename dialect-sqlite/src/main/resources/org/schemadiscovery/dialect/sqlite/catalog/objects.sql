-- Every stored definition of the schemas in scope. Each schema has its own sqlite_schema, so ${schema_objects}
-- becomes one SELECT per schema (objects_part.sql): the text names schemas, never tables. Virtual tables are the
-- tables without storage (rootpage 0). ?1 is the table restriction (wanted.sql): with one, each schema's part keeps
-- the rows of the named tables and views (their indexes and triggers too, by tbl_name) and of the tables their
-- foreign keys reference; every query built on these parts binds it as ?1.
WITH ${wanted}, objects(schema_seq, schema_name, type, name, tbl_name, sql, rootpage) AS (
${schema_objects}
)
SELECT o.schema_name, o.type, o.name, o.tbl_name, o.sql, o.type = 'table' AND o.rootpage = 0
FROM objects o
WHERE o.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND o.sql IS NOT NULL
