package org.schemadiscovery.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.core.cache.CacheEntry;
import org.schemadiscovery.core.cache.CacheEntryCodec;
import org.schemadiscovery.core.cache.CacheKeys;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.Fingerprinted;
import org.schemadiscovery.core.cache.MemorySnapshotCache;
import org.schemadiscovery.core.cache.SnapshotCache;
import org.schemadiscovery.core.json.JsonCodec;

@DisplayName("cached run: a change confined to a few tables is a partial reread, stored with the earlier fingerprint")
class CachedRunTest {
    private static final DatabaseIdentity ID = DatabaseIdentity.builder("Fake", "1").build().withDialect("fake");
    private static final DiscoveryOptions OPTIONS = DiscoveryOptions.defaults();

    private final MemorySnapshotCache cache = new MemorySnapshotCache(4);
    private final List<String> events = new ArrayList<>();
    private final DiscoveryListener listener = new DiscoveryListener() {
        @Override
        public void cacheLookup(String dialect, CacheOutcome outcome, int tablesReread) {
            events.add(outcome + " " + tablesReread);
        }
    };

    private static Map<TableRef, String> digests(int tables) {
        Map<TableRef, String> out = new HashMap<>();
        for (int i = 0; i < tables; i++) {
            out.put(TableRef.of("s", "t" + i), "d");
        }
        return out;
    }

    private static SchemaInfo snapshot(String marker) {
        return SchemaInfo.builder(ID).schemas(List.of(marker))
                .tables(List.of(TableInfo.builder(TableRef.of("s", "t0"), TableKind.TABLE).build())).build();
    }

    private static Fingerprinted taken(SchemaFingerprint f) {
        return new Fingerprinted(ID, "me", Optional.of(f), List.of("fingerprint"), 1);
    }

    private void store(SchemaFingerprint f) {
        cache.put(CacheKeys.of(ID, "me", OPTIONS), new CacheEntry(f, snapshot("stored")));
    }

    @Test
    @DisplayName("partial: the reread gets the stored snapshot and the changed tables; the result is stored")
    void partial() {
        SchemaFingerprint before = SchemaFingerprint.of("rest", digests(10));
        store(before);
        Map<TableRef, String> moved = digests(10);
        moved.put(TableRef.of("s", "t3"), "moved");
        SchemaFingerprint now = SchemaFingerprint.of("rest", moved);
        List<Set<TableRef>> asked = new ArrayList<>();
        CachedDiscovery d = CachedRun.run(cache, false, OPTIONS, 0.25, () -> taken(now),
                () -> {
                    throw new AssertionError("no full discovery");
                }, (stored, tables) -> {
                    asked.add(tables);
                    assertThat(stored.schemas()).containsExactly("stored");
                    return snapshot("merged");
                }, listener);
        assertThat(d.outcome()).isEqualTo(CacheOutcome.PARTIAL);
        assertThat(d.tablesReread()).isEqualTo(1);
        assertThat(asked).containsExactly(Set.of(TableRef.of("s", "t3")));
        assertThat(events).containsExactly("PARTIAL 1");
        CacheEntry entry = cache.get(CacheKeys.of(ID, "me", OPTIONS)).orElseThrow();
        assertThat(entry.fingerprint()).isEqualTo(now);
        assertThat(entry.snapshot().schemas()).containsExactly("merged");
    }

    @Test
    @DisplayName("a reread that warns, or a change outside tables: a full discovery, with the reason")
    void fullWithReason() {
        SchemaFingerprint before = SchemaFingerprint.of("rest", digests(10));
        store(before);
        Map<TableRef, String> moved = digests(10);
        moved.put(TableRef.of("s", "t3"), "moved");
        AtomicInteger full = new AtomicInteger();
        CachedDiscovery warned = CachedRun.run(cache, false, OPTIONS, 0.25,
                () -> taken(SchemaFingerprint.of("rest", moved)), () -> {
                    full.incrementAndGet();
                    return snapshot("full");
                }, (stored, tables) -> snapshot("merged").toBuilder().warnings(List.of(
                        new DiscoveryWarning("t3", "tables", ErrorClass.PERMISSION, "denied"))).build(), listener);
        assertThat(warned.outcome()).isEqualTo(CacheOutcome.MISS);
        assertThat(warned.fullReason()).contains("partial reread of 1 tables warned: denied");
        assertThat(warned.schema().schemas()).containsExactly("full");

        CachedDiscovery rest = CachedRun.run(cache, false, OPTIONS, 0.25,
                () -> taken(SchemaFingerprint.of("other", moved)), () -> snapshot("full"), (stored, tables) -> {
                    throw new AssertionError("no partial reread");
                }, listener);
        assertThat(rest.outcome()).isEqualTo(CacheOutcome.MISS);
        assertThat(rest.fullReason()).contains("besides tables");
        assertThat(full).hasValue(1);
        assertThat(events).containsExactly("MISS 0", "MISS 0");
    }

    @Test
    @DisplayName("a hit whose token moved records only the new token, never the whole entry again")
    void movedTokenRecordedAlone() {
        SchemaFingerprint f = SchemaFingerprint.of("rest", digests(10));
        String key = CacheKeys.of(ID, "me", OPTIONS);
        cache.put(key, new CacheEntry(f, snapshot("stored"), Optional.of("t1")));
        List<String> calls = new ArrayList<>();
        SnapshotCache recording = new SnapshotCache() {
            @Override
            public Optional<CacheEntry> get(String k) {
                return cache.get(k);
            }

            @Override
            public void put(String k, CacheEntry entry) {
                calls.add("put");
                cache.put(k, entry);
            }

            @Override
            public void putToken(String k, CacheEntry stored, String token) {
                calls.add("putToken " + token + " " + stored.fingerprint().digest().equals(f.digest()));
                cache.putToken(k, stored, token);
            }

            @Override
            public String describe() {
                return "recording";
            }
        };
        CachedDiscovery hit = CachedRun.run(recording, false, OPTIONS, 0.25,
                known -> new Fingerprinted(ID, "me", Optional.of(f), Optional.of("t2"), List.of("fingerprint"), 1),
                () -> {
                    throw new AssertionError("no discovery");
                }, (stored, tables) -> {
                    throw new AssertionError("no reread");
                }, listener);
        assertThat(hit.outcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(calls).containsExactly("putToken t2 true");
        assertThat(cache.get(key).orElseThrow().token()).contains("t2");

        calls.clear();
        CachedDiscovery same = CachedRun.run(recording, false, OPTIONS, 0.25,
                known -> new Fingerprinted(ID, "me", known.forToken(ID, "me", "t2"), Optional.of("t2"), List.of(), 1),
                () -> {
                    throw new AssertionError("no discovery");
                }, (stored, tables) -> {
                    throw new AssertionError("no reread");
                }, listener);
        assertThat(same.outcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(calls).as("the token already recorded: nothing written").isEmpty();
    }

    @Test
    @DisplayName("a hit from a store of bytes hands over the stored JSON and parses the model only when asked")
    void hitFromBytesIsNotParsed() throws java.io.IOException {
        SchemaFingerprint f = SchemaFingerprint.of("rest", digests(3));
        CacheEntryCodec codec = new CacheEntryCodec();
        String key = CacheKeys.of(ID, "me", OPTIONS);
        CacheEntry good = codec.read(codec.write(new CacheEntry(f, snapshot("stored"))));
        cache.put(key, good);

        CachedDiscovery hit = CachedRun.run(cache, false, OPTIONS, 0.25, () -> taken(f), () -> {
            throw new AssertionError("no discovery");
        }, (stored, tables) -> {
            throw new AssertionError("no reread");
        }, listener);

        assertThat(hit.outcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(new String(hit.stored().orElseThrow().json().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(new JsonCodec(false).write(snapshot("stored")));
        assertThat(hit.metrics().statementTexts()).containsExactly("fingerprint");
        assertThat(hit.schema()).isEqualTo(snapshot("stored").withMetrics(hit.metrics()));

        // a snapshot of this build's shape that does not parse (a defect: checksum and shape right) shows that a hit
        // never parses it: served without an error until the model is asked for
        cache.put(key, codec.read(withSnapshot(codec.write(good), "{\"formatVersion\":1,\"identity\":42}")));
        CachedDiscovery lazy = CachedRun.run(cache, false, OPTIONS, 0.25, () -> taken(f), () -> {
            throw new AssertionError("no discovery");
        }, (stored, tables) -> {
            throw new AssertionError("no reread");
        }, listener);
        assertThat(lazy.outcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(lazy.stored()).isPresent();
        assertThatThrownBy(lazy::schema).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stored snapshot unreadable");

        // moved digests need the model: that it cannot be parsed is a warning and a full discovery, not a failure
        SchemaFingerprint moved = SchemaFingerprint.of("rest", Map.of(TableRef.of("s", "t0"), "other"));
        CachedDiscovery full = CachedRun.run(cache, false, OPTIONS, 1.0, () -> taken(moved), () -> snapshot("full"),
                (stored, tables) -> {
                    throw new AssertionError("no reread");
                }, listener);
        assertThat(full.outcome()).isEqualTo(CacheOutcome.MISS);
        assertThat(full.schema().schemas()).containsExactly("full");
        assertThat(full.fullReason()).contains("could not be parsed");
        assertThat(full.warnings()).singleElement().asString().contains("stored snapshot unreadable");

        cache.put(key, new CacheEntry(f, snapshot("stored")));
        assertThat(CachedRun.run(cache, false, OPTIONS, 0.25, () -> taken(f), () -> snapshot("full"),
                (stored, tables) -> snapshot("reread"), listener).stored()).as("a store of models").isEmpty();
    }

    /** An entry's bytes with another snapshot, its length and checksum set to match. */
    private static byte[] withSnapshot(byte[] entry, String snapshot) throws java.io.IOException {
        String text = new String(entry, StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode header = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(text.substring(0, text.indexOf('\n')));
        byte[] body = snapshot.getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body);
        header.put("snapshotBytes", body.length).put("snapshotCrc32c", crc.getValue());
        return (header + "\n" + snapshot).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("prefetch: the entry is read on another thread from the moment the key is known, and read once")
    void prefetch() {
        SchemaFingerprint f = SchemaFingerprint.of("rest", digests(3));
        store(f);
        List<String> readers = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch read = new CountDownLatch(1);
        SnapshotCache watched = new Watched(cache, readers, read, null);
        CachedDiscovery d = CachedRun.run(watched, false, OPTIONS, 0.25, known -> {
            known.identified(ID, "me");
            try {
                // the fingerprint is still being taken: only a read started by identified() can count down
                assertThat(read.await(10, TimeUnit.SECONDS)).as("entry read while fingerprinting").isTrue();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return taken(f);
        }, () -> {
            throw new AssertionError("no discovery");
        }, (stored, tables) -> {
            throw new AssertionError("no reread");
        }, listener);
        assertThat(d.outcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(d.schema().schemas()).containsExactly("stored");
        assertThat(readers).containsExactly("schema-discovery-cache-prefetch");
    }

    @Test
    @DisplayName("prefetch: an entry that cannot be read is a warning and a miss, as a lookup on the run's thread")
    void prefetchFailure() {
        SchemaFingerprint f = SchemaFingerprint.of("rest", digests(3));
        store(f);
        SnapshotCache broken = new Watched(cache, new ArrayList<>(), new CountDownLatch(1), "corrupt entry");
        CachedDiscovery d = CachedRun.run(broken, false, OPTIONS, 0.25, known -> {
            known.identified(ID, "me");
            return taken(f);
        }, () -> snapshot("full"), (stored, tables) -> {
            throw new AssertionError("no reread");
        }, listener);
        assertThat(d.outcome()).isEqualTo(CacheOutcome.MISS);
        assertThat(d.schema().schemas()).containsExactly("full");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).contains("cache entry not used").contains("corrupt"));
    }

    /** A cache that records which threads read it, and fails every read when given a failure. */
    private record Watched(SnapshotCache delegate, List<String> readers, CountDownLatch read, String failure)
            implements SnapshotCache {
        @Override
        public Optional<CacheEntry> get(String key) {
            readers.add(Thread.currentThread().getName());
            read.countDown();
            if (failure != null) {
                throw new IllegalArgumentException(failure);
            }
            return delegate.get(key);
        }

        @Override
        public void put(String key, CacheEntry entry) {
            delegate.put(key, entry);
        }

        @Override
        public String describe() {
            return "watched";
        }
    }
}
