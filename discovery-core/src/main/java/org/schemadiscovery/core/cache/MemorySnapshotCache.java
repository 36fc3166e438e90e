package org.schemadiscovery.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/**
 * Snapshots kept in this JVM (Caffeine), as objects: a hit costs no parsing. Bounded by the number of entries, the
 * least recently used evicted first.
 */
public final class MemorySnapshotCache implements SnapshotCache {
    private final Cache<String, CacheEntry> entries;

    /** A cache of at most this many snapshots. */
    public MemorySnapshotCache(long maximumEntries) {
        if (maximumEntries < 1) {
            throw new IllegalArgumentException("maximumEntries must be >= 1: " + maximumEntries);
        }
        this.entries = Caffeine.newBuilder().maximumSize(maximumEntries).build();
    }

    @Override
    public Optional<CacheEntry> get(String key) {
        return Optional.ofNullable(entries.getIfPresent(key));
    }

    @Override
    public void put(String key, CacheEntry entry) {
        entries.put(key, entry);
    }

    @Override
    public String describe() {
        return "memory";
    }
}
