-- The schema cookie, bumped by every schema change: a second connection that reads index keys and foreign keys
-- ahead is trusted only when it saw the same schema as the session's own read transaction.
SELECT schema_version FROM pragma_schema_version
