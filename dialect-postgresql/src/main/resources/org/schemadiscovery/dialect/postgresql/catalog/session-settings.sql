-- Transaction-local: a lock timeout so deparser calls never wait behind another session's ACCESS EXCLUSIVE lock,
-- an empty search_path so every deparsed name comes out schema-qualified (as pg_dump does), and no JIT: the
-- catalog queries' cost estimates exceed jit_above_cost, and compiling them costs more (~70 ms each on bench5000)
-- than it saves.
SELECT pg_catalog.set_config('lock_timeout', ?, true) AS lock_timeout,
       pg_catalog.set_config('search_path', '', true) AS search_path,
       pg_catalog.set_config('jit', 'off', true) AS jit
