-- The fingerprint token (issue 21; DiscoverySession.fingerprintToken): a few microseconds of reading that stand for
-- the fingerprint while nothing was written. Equal tokens must imply an equal fingerprint, and they do because every
-- catalog change the fingerprint sees is a transactional write, which takes a transaction id from the server-wide
-- counter: the transaction's snapshot (the next id to be assigned and the ids still running, with their 32-bit epoch,
-- so it never repeats) therefore differs once any such change has begun, committed or aborted, in any database of
-- the server. Data writes move it too; that only costs a fingerprint. Two things move no transaction id and are read
-- explicitly: the server's start time (after a crash, ids that reached no WAL are handed out again; a server
-- restored from a backup starts anew) and the indexes that are not fully valid, with their flags, because CREATE and
-- DROP INDEX CONCURRENTLY set indisready, indisvalid and indislive in place, without a transaction id (PostgreSQL
-- 12-16 index_set_state_flags), and the fingerprint hashes those flags. A pg_index scan without joins: bench5000's
-- 30,000 indexes take 4 ms, 21 ms as a new backend's first read.
SELECT pg_catalog.txid_current_snapshot()::text AS snapshot,
       pg_catalog.pg_postmaster_start_time()::text AS started,
       (SELECT pg_catalog.count(*)::text || ':'
                   || COALESCE(pg_catalog.sum(pg_catalog.hashint8extended(i.indexrelid::bigint,
                                    i.indisvalid::int * 4 + i.indisready::int * 2 + i.indislive::int)), 0)::text
        FROM pg_catalog.pg_index i
        WHERE NOT (i.indisvalid AND i.indisready AND i.indislive)) AS unfinished_indexes
