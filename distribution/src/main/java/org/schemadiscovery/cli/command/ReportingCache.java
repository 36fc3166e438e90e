package org.schemadiscovery.cli.command;

import java.io.PrintWriter;
import java.util.Optional;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.cache.CacheEntry;
import org.schemadiscovery.core.cache.SnapshotCache;
import org.schemadiscovery.core.cache.SnapshotCaches;

/**
 * The {@code --cache} store, printing each store problem as a warning (core then discovers normally) and noting
 * what the run did with it, for {@code --metrics}: a partial reread as core reports it (through
 * {@link CacheLookupRelay}); else a run that stored a snapshot missed, one that found an entry and stored nothing hit.
 * One per CLI process.
 */
final class ReportingCache implements SnapshotCache {
    private final SnapshotCache store;
    private final PrintWriter err;
    private final Redactor redactor;
    private boolean found;
    private boolean stored;
    private int tablesReread = -1;

    private ReportingCache(SnapshotCache store, PrintWriter err, Redactor redactor) {
        this.store = store;
        this.err = err;
        this.redactor = redactor;
    }

    /** The store a {@code --cache} spec names; a URI no plugin serves is a usage error. */
    static ReportingCache open(String spec, RootCommand root, Redactor redactor) {
        ClassLoader loader = root.plugins().classLoader() != null ? root.plugins().classLoader()
                : ReportingCache.class.getClassLoader();
        try {
            return root.closeAtEnd(new ReportingCache(SnapshotCaches.open(spec, root.plugins().layer(), loader),
                    root.environment().err(), redactor));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--cache " + redactor.redact(spec) + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized Optional<CacheEntry> get(String key) {
        try {
            Optional<CacheEntry> entry = store.get(key);
            found = entry.isPresent();
            return entry;
        } catch (RuntimeException e) {
            warn("cache entry not used, discovering instead: " + e.getMessage());
            throw e;
        }
    }

    @Override
    public synchronized void put(String key, CacheEntry entry) {
        try {
            store.put(key, entry);
            stored = true;
        } catch (RuntimeException e) {
            warn("snapshot not stored in the cache: " + e.getMessage());
            throw e;
        }
    }

    /** Forwarded as it is: the store writes only the token (a hit stays a hit, nothing was stored). */
    @Override
    public synchronized void putToken(String key, CacheEntry stored, String token) {
        try {
            store.putToken(key, stored, token);
        } catch (RuntimeException e) {
            warn("fingerprint token not stored in the cache: " + e.getMessage());
            throw e;
        }
    }

    /** Core's word on the lookup: a partial reread and how many tables and views it read again. */
    synchronized void lookedUp(CacheOutcome outcome, int reread) {
        tablesReread = outcome == CacheOutcome.PARTIAL ? reread : -1;
    }

    /** hit, partial, miss, refresh or uncacheable, for the run so far. */
    synchronized String outcome(boolean refresh) {
        if (tablesReread >= 0) {
            return "partial (" + tablesReread + (tablesReread == 1 ? " table" : " tables") + " reread)";
        }
        if (stored) {
            return refresh ? "refresh (snapshot rewritten)" : "miss (snapshot stored)";
        }
        return found ? "hit (only the fingerprint statements ran)" : "miss (not stored: no fingerprint, or the store failed)";
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public void close() {
        store.close();
    }

    private void warn(String message) {
        err.println(redactor.redact("warning: " + message));
        err.flush();
    }
}
