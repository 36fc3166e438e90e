-- Restores the connection's write permission at the end of the session.
PRAGMA query_only = 0
