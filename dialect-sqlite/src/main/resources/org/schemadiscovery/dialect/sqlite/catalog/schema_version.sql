-- What identifies the main schema's state: its cookie (bumped by every schema change), its file and a digest of its
-- stored definitions. A second connection that reads index keys and foreign keys ahead is trusted only when it saw
-- the same as the session's own read transaction (an in-memory or temporary database, whose file is '', never is).
SELECT s.schema_version, d.file,
       (SELECT count(*) || ':' || total(length(m.sql)) FROM main.sqlite_schema m) AS digest
FROM pragma_schema_version s, pragma_database_list d
WHERE d.name = 'main'
