package org.schemadiscovery.core.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.core.cache.CacheEntry;
import org.schemadiscovery.core.cache.CacheKeys;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.Fingerprinted;
import org.schemadiscovery.core.cache.KnownFingerprints;
import org.schemadiscovery.core.cache.RereadPlan;
import org.schemadiscovery.core.cache.SnapshotCache;
import org.schemadiscovery.core.cache.StoredSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A discovery through a snapshot cache: fingerprint first; the stored snapshot when its fingerprint is the same;
 * when only some tables' digests moved (the rest digest did not), those tables and what names them read again and
 * merged into the stored snapshot (see {@link RereadPlan}); else a full discovery. What is stored carries the
 * fingerprint taken before the read (so a change made during the read makes the next run miss, never hit a stale
 * entry). Every store failure is a warning and a miss, never a failure.
 *
 * <p>The entry is looked up as soon as the database is identified and the dialect's fingerprint token read: when the
 * entry was stored with the same token, its fingerprint stands for the current one and the fingerprint itself is
 * not taken. A hit whose token moved (data written, say) refreshes the entry's token. A hit's stored model is parsed
 * only when asked for (see {@link CachedDiscovery#stored()}).
 */
public final class CachedRun {
    private static final Logger LOG = LoggerFactory.getLogger(CachedRun.class);

    /** Reads the named tables again and merges them into a stored snapshot (see {@link DiscoveryRun#reread}). */
    @FunctionalInterface
    public interface Reread {
        SchemaInfo reread(SchemaInfo stored, Set<TableRef> tables);
    }

    private CachedRun() {
    }

    /**
     * @param cache       the store
     * @param refresh     bypass the stored entry (discover and overwrite it)
     * @param options     the options of the discovery, part of the key
     * @param rereadLimit largest share of the tables and views a partial reread may read (0: never partial)
     * @param fingerprint takes the fingerprint
     * @param discover    runs a full discovery
     * @param reread      reads some tables again and merges them into a stored snapshot
     * @param events      told the outcome of each lookup
     */
    public static CachedDiscovery run(SnapshotCache cache, boolean refresh, DiscoveryOptions options,
                                      double rereadLimit, Supplier<Fingerprinted> fingerprint,
                                      Supplier<SchemaInfo> discover, Reread reread, DiscoveryListener events) {
        return run(cache, refresh, options, rereadLimit, known -> fingerprint.get(), discover, reread, events);
    }

    /**
     * @param fingerprint takes the fingerprint, skipping it when what the cache knows for the token answers
     * @see #run(SnapshotCache, boolean, DiscoveryOptions, double, Supplier, Supplier, Reread, DiscoveryListener)
     */
    public static CachedDiscovery run(SnapshotCache cache, boolean refresh, DiscoveryOptions options,
                                      double rereadLimit, Function<KnownFingerprints, Fingerprinted> fingerprint,
                                      Supplier<SchemaInfo> discover, Reread reread, DiscoveryListener events) {
        String[] dialect = new String[1];
        CachedDiscovery result = lookupOrDiscover(cache, refresh, options, rereadLimit, known -> {
            Fingerprinted taken = fingerprint.apply(known);
            dialect[0] = taken.identity().dialect();
            return taken;
        }, discover, reread);
        // a hit's model is not parsed for its dialect: the fingerprint's identity names it
        events.cacheLookup(result.outcome() == CacheOutcome.HIT ? dialect[0] : result.schema().identity().dialect(),
                result.outcome(), result.tablesReread());
        return result;
    }

    private static CachedDiscovery lookupOrDiscover(SnapshotCache cache, boolean refresh, DiscoveryOptions options,
                                                    double rereadLimit,
                                                    Function<KnownFingerprints, Fingerprinted> fingerprint,
                                                    Supplier<SchemaInfo> discover, Reread reread) {
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        Lookups lookups = new Lookups(cache, options, warnings);
        Fingerprinted taken = fingerprint.apply(refresh ? KnownFingerprints.NONE : lookups);
        if (taken.fingerprint().isEmpty()) {
            return new CachedDiscovery(discover.get(), CacheOutcome.UNCACHEABLE, List.of());
        }
        SchemaFingerprint current = taken.fingerprint().get();
        String key = CacheKeys.of(taken.identity(), taken.user(), options);
        String fullReason = null;
        if (!refresh) {
            Optional<CacheEntry> stored = lookups.get(key);
            if (stored.isPresent() && stored.get().fingerprint().digest().equals(current.digest())) {
                refreshToken(cache, key, stored.get(), taken.token(), warnings);
                DiscoveryMetrics metrics = new DiscoveryMetrics(List.of(), taken.nanos(),
                        taken.statementTexts().size(), 0, taken.statementTexts(), 0);
                return CachedDiscovery.hit(stored.get(), metrics, warnings);
            }
            if (stored.isPresent() && !parses(stored.get(), cache, warnings)) {
                fullReason = "the stored snapshot could not be parsed";
            } else if (stored.isPresent()) {
                RereadPlan plan = RereadPlan.of(stored.get(), current, rereadLimit);
                if (plan instanceof RereadPlan.Partial partial) {
                    SchemaInfo merged = reread.reread(stored.get().snapshot(), partial.tables());
                    if (merged.warnings().isEmpty()) {
                        store(cache, key, current, taken.token(), merged, warnings);
                        return new CachedDiscovery(merged, CacheOutcome.PARTIAL, warnings, partial.tables().size(),
                                null);
                    }
                    fullReason = "the partial reread of " + partial.tables().size() + " tables warned: "
                            + merged.warnings().get(0).message();
                } else {
                    fullReason = ((RereadPlan.Full) plan).reason();
                }
                LOG.atInfo().addKeyValue("reason", fullReason).log("cache entry outdated, discovering in full");
            }
        }
        SchemaInfo schema = discover.get();
        store(cache, key, current, taken.token(), schema, warnings);
        return new CachedDiscovery(schema, refresh ? CacheOutcome.REFRESH : CacheOutcome.MISS, warnings, 0,
                fullReason);
    }

    /**
     * Whether the entry's model can be had (a stored snapshot is parsed here, on first use): the store checked its
     * bytes, so a failure is a defect or a writer this build does not know, and is a warning and a full discovery.
     */
    private static boolean parses(CacheEntry entry, SnapshotCache cache, List<String> warnings) {
        try {
            entry.snapshot();
            return true;
        } catch (IllegalStateException e) {
            warn(warnings, "cache entry not used (" + cache.describe() + "), discovering instead: " + e.getMessage());
            return false;
        }
    }

    private static void store(SnapshotCache cache, String key, SchemaFingerprint fingerprint, Optional<String> token,
                              SchemaInfo schema, List<String> warnings) {
        try {
            // stored without the run's metrics: a hit reports its own
            cache.put(key, new CacheEntry(fingerprint, schema.withMetrics(DiscoveryMetrics.empty()), token));
        } catch (RuntimeException e) {
            warn(warnings, "snapshot not stored in the cache (" + cache.describe() + "): " + e.getMessage());
        }
    }

    /** A hit's entry keeps the token read this time, so that the next run skips the fingerprint again. */
    private static void refreshToken(SnapshotCache cache, String key, CacheEntry stored, Optional<String> token,
                                     List<String> warnings) {
        if (token.isEmpty() || token.equals(stored.token())) {
            return;
        }
        try {
            cache.putToken(key, stored, token.get());
        } catch (RuntimeException e) {
            warn(warnings, "fingerprint token not stored in the cache (" + cache.describe() + "): " + e.getMessage());
        }
    }

    /**
     * Each key looked up once per run: the token check and the fingerprint check share the entry. The entry of the
     * identified database is read on a daemon thread from the moment its key is known, while the dialect's session
     * opens and the token or fingerprint is read (a large snapshot takes longer to parse than the fingerprint).
     */
    private static final class Lookups implements KnownFingerprints {
        private final SnapshotCache cache;
        private final DiscoveryOptions options;
        private final List<String> warnings;
        private final Map<String, CompletableFuture<Optional<CacheEntry>>> entries = new ConcurrentHashMap<>();

        Lookups(SnapshotCache cache, DiscoveryOptions options, List<String> warnings) {
            this.cache = cache;
            this.options = options;
            this.warnings = warnings;
        }

        @Override
        public void identified(DatabaseIdentity identity, String user) {
            entries.computeIfAbsent(CacheKeys.of(identity, user, options), this::prefetch);
        }

        /**
         * The stored fingerprint when the entry's token is this one; else the fingerprint is about to be taken, and
         * the stored model, needed if the fingerprint locates a partial reread, is parsed meanwhile.
         */
        @Override
        public Optional<SchemaFingerprint> forToken(DatabaseIdentity identity, String user, String token) {
            Optional<CacheEntry> entry = get(CacheKeys.of(identity, user, options));
            if (entry.isPresent() && !entry.get().token().equals(Optional.of(token))) {
                entry.get().stored().ifPresent(StoredSnapshot::parseInBackground);
                return Optional.empty();
            }
            return entry.map(CacheEntry::fingerprint);
        }

        Optional<CacheEntry> get(String key) {
            CompletableFuture<Optional<CacheEntry>> entry = entries.computeIfAbsent(key,
                    k -> CompletableFuture.completedFuture(lookup(cache, k, warnings)));
            try {
                return entry.join();
            } catch (CompletionException e) {
                // lookup turns every RuntimeException into a warning: what is left is an Error, thrown as it was
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }

        private CompletableFuture<Optional<CacheEntry>> prefetch(String key) {
            CompletableFuture<Optional<CacheEntry>> entry = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    entry.complete(lookup(cache, key, warnings));
                } catch (Throwable e) {
                    entry.completeExceptionally(e);
                }
            }, "schema-discovery-cache-prefetch");
            t.setDaemon(true);
            t.start();
            return entry;
        }
    }

    private static Optional<CacheEntry> lookup(SnapshotCache cache, String key, List<String> warnings) {
        try {
            return cache.get(key);
        } catch (RuntimeException e) {
            warn(warnings, "cache entry not used (" + cache.describe() + "), discovering instead: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void warn(List<String> warnings, String message) {
        LOG.warn(message);
        warnings.add(message);
    }
}
