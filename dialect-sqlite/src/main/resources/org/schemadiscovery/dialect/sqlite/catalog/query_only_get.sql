-- Whether the connection already refuses writes (restored when the session closes). A PRAGMA, not a SELECT from
-- pragma_query_only: every SELECT makes a new connection parse the whole schema first (0.2-0.4 s for 5000 tables),
-- which a session that only reads its fingerprint token must not pay.
PRAGMA query_only
