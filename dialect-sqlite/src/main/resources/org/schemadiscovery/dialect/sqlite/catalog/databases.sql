-- Schemas: main, temp (once used) and attached databases, in SQLite's order (seq, name, file). A PRAGMA, not a
-- SELECT from pragma_database_list, so that it does not make a new connection parse the schema.
PRAGMA database_list
