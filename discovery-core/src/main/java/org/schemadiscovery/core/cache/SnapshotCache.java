package org.schemadiscovery.core.cache;

import java.util.Optional;

/**
 * Where {@code SchemaDiscovery.builder().cache(...)} keeps snapshots between runs: in memory
 * ({@link MemorySnapshotCache}), a directory of JSON files ({@link DirectorySnapshotCache}), or a plugin's store
 * found from a URI ({@link SnapshotCacheProvider}). Keys are opaque strings built by core (never credentials).
 *
 * <p>Failure model: a store throws an unchecked exception for an entry it cannot read (corrupt, truncated, of
 * another format) or a backend it cannot reach; core then logs a warning, treats the lookup as a miss and discovers
 * normally. A store never returns an entry it did not fully read. Implementations must be thread-safe.
 */
public interface SnapshotCache extends AutoCloseable {

    /** The entry stored under the key, or empty when there is none. */
    Optional<CacheEntry> get(String key);

    /** Stores the entry under the key, replacing any. */
    void put(String key, CacheEntry entry);

    /**
     * Records that a fingerprint token read on a hit stands for the stored entry's fingerprint (the token moved, the
     * fingerprint did not: data was written, say), so that the next run skips the fingerprint. Called only with the
     * entry just read under the key. The default stores the whole entry again; a store that keeps bytes writes only
     * the token beside the entry (a snapshot of 5000 tables is 45 MB), which {@link #get} then returns with the entry
     * while the entry's fingerprint digest is the one the token was recorded for.
     */
    default void putToken(String key, CacheEntry stored, String token) {
        put(key, stored.withToken(java.util.Optional.of(token)));
    }

    /** What the store is, for messages (never with credentials). */
    String describe();

    /** Releases the backend (connections, pools); the default has none. */
    @Override
    default void close() {
    }
}
