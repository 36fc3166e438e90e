package org.schemadiscovery.cache.redis;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.schemadiscovery.core.cache.CacheEntry;
import org.schemadiscovery.core.cache.SnapshotCache;

/** A store that adds up the time its lookups and writes took, so a test bounds the store and not the discovery. */
final class TimedCache implements SnapshotCache {
    private final SnapshotCache store;
    private final AtomicLong nanos = new AtomicLong();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    TimedCache(SnapshotCache store) {
        this.store = store;
    }

    /** Milliseconds spent in {@link #get} and {@link #put}, failures included. */
    long millis() {
        return nanos.get() / 1_000_000;
    }

    /** Each call and its milliseconds, for a failure message. */
    List<String> calls() {
        return List.copyOf(calls);
    }

    private void took(String call, long t0) {
        long n = System.nanoTime() - t0;
        nanos.addAndGet(n);
        calls.add(call + " " + n / 1_000_000 + " ms");
    }

    @Override
    public Optional<CacheEntry> get(String key) {
        long t0 = System.nanoTime();
        try {
            return store.get(key);
        } finally {
            took("get", t0);
        }
    }

    @Override
    public void put(String key, CacheEntry entry) {
        long t0 = System.nanoTime();
        try {
            store.put(key, entry);
        } finally {
            took("put", t0);
        }
    }

    @Override
    public void putToken(String key, CacheEntry stored, String token) {
        long t0 = System.nanoTime();
        try {
            store.putToken(key, stored, token);
        } finally {
            took("putToken", t0);
        }
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public void close() {
        store.close();
    }
}
