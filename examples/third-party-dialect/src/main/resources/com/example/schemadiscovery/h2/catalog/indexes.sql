-- Index columns of one schema (parameter 1) in key order: one view, because H2 computes its views per query
-- and a join or correlated subquery between two of them grows with the square of the indexes.
SELECT TABLE_NAME, INDEX_NAME, IS_UNIQUE, COLUMN_NAME, ORDERING_SPECIFICATION
FROM INFORMATION_SCHEMA.INDEX_COLUMNS
WHERE INDEX_SCHEMA = ?
ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION
