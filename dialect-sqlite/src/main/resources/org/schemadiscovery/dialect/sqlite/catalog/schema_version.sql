-- The main schema's cookie, bumped by every schema change, and its file: a second connection that reads index keys
-- and foreign keys ahead is trusted only when it saw the same file at the same schema version as the session's own
-- read transaction (an in-memory or temporary database, whose file is '', is never read ahead).
SELECT s.schema_version, d.file FROM pragma_schema_version s, pragma_database_list d WHERE d.name = 'main'
