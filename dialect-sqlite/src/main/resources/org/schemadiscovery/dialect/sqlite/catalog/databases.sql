-- Schemas: main, temp (once used) and attached databases, in SQLite's order.
SELECT seq, name, file FROM pragma_database_list ORDER BY seq
