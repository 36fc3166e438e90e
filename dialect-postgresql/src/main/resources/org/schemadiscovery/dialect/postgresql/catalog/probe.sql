SELECT pg_catalog.current_setting('server_version_num') AS server_version_num,
       pg_catalog.current_setting('server_version') AS server_version,
       pg_catalog.current_setting('track_counts') AS track_counts,
       pg_catalog.current_setting('transaction_isolation') AS transaction_isolation,
       pg_catalog.current_setting('transaction_read_only') AS transaction_read_only,
       pg_catalog.current_setting('lock_timeout') AS lock_timeout,
       pg_catalog.current_setting('server_encoding') AS server_encoding,
       pg_catalog.current_database()::text AS current_database,
       current_user::text AS current_user_name,
       pg_catalog.pg_is_in_recovery() AS in_recovery,
       (SELECT pg_catalog.string_agg(e.extname || ' ' || e.extversion, ', ' ORDER BY e.extname COLLATE "C")
        FROM pg_catalog.pg_extension e) AS extensions
