-- Transaction-local: a lock timeout so deparser calls never wait behind another session's ACCESS EXCLUSIVE lock,
-- an empty search_path so every deparsed name comes out schema-qualified (as pg_dump does), no JIT (the catalog
-- queries' cost estimates exceed jit_above_cost, and compiling them costs more — ~70 ms each on bench5000 — than it
-- saves), and work_mem large enough that the hash joins over a 20,000-table catalog stay in memory (the default
-- 4MB spills them to disk in 16 batches). Settings the session cannot change would fail here, not later.
SELECT pg_catalog.set_config('lock_timeout', ?, true) AS lock_timeout,
       pg_catalog.set_config('search_path', '', true) AS search_path,
       pg_catalog.set_config('jit', 'off', true) AS jit,
       pg_catalog.set_config('work_mem', '64MB', true) AS work_mem
