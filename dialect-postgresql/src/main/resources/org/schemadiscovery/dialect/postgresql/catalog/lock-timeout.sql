SELECT pg_catalog.set_config('lock_timeout', ?, true) AS lock_timeout
