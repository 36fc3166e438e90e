-- Ends the read-only snapshot transaction opened by begin.sql.
ROLLBACK
