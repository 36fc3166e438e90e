-- Transaction-local: a lock timeout so deparser calls never wait behind another session's ACCESS EXCLUSIVE lock,
-- and an empty search_path so every deparsed name comes out schema-qualified (as pg_dump does).
SELECT pg_catalog.set_config('lock_timeout', ?, true) AS lock_timeout,
       pg_catalog.set_config('search_path', '', true) AS search_path
