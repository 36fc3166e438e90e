-- Refuse every write for the rest of the session.
PRAGMA query_only = 1
