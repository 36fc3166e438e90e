-- Whether the connection already refuses writes (restored when the session closes).
SELECT query_only FROM pragma_query_only
