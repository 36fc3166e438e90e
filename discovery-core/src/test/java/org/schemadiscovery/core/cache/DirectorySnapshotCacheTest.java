package org.schemadiscovery.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.core.json.RichSchema;

@DisplayName("directory store: a token recorded on a hit is a small file beside the entry, never a rewrite of it")
class DirectorySnapshotCacheTest {
    private static final String KEY = "sd-key";

    @TempDir
    Path dir;

    private static CacheEntry entry(String digest, String token) {
        return new CacheEntry(new SchemaFingerprint(digest, "r", Map.of(TableRef.of("public", "t"), "x")),
                RichSchema.build(), Optional.ofNullable(token));
    }

    @Test
    @DisplayName("putToken writes <key>.token only; get returns the entry with that token")
    void tokenBesideTheEntry() throws Exception {
        DirectorySnapshotCache cache = new DirectorySnapshotCache(dir);
        CacheEntry stored = entry("d1", "t1");
        cache.put(KEY, stored);
        byte[] entryBytes = Files.readAllBytes(cache.file(KEY));

        cache.putToken(KEY, stored, "t2");

        assertThat(Files.readAllBytes(cache.file(KEY))).isEqualTo(entryBytes);
        assertThat(cache.tokenFile(KEY)).exists();
        assertThat(Files.size(cache.tokenFile(KEY))).isLessThan(200);
        assertThat(cache.get(KEY)).contains(stored.withToken(Optional.of("t2")));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(KEY + ".sdcache", KEY + ".token");
        }
    }

    @Test
    @DisplayName("a new entry removes the recorded token; a token recorded for another digest is not used")
    void tokenOfAnotherEntry() throws Exception {
        DirectorySnapshotCache cache = new DirectorySnapshotCache(dir);
        cache.put(KEY, entry("d1", "t1"));
        cache.putToken(KEY, entry("d1", "t1"), "t2");
        cache.put(KEY, entry("d2", "t3"));
        assertThat(cache.tokenFile(KEY)).doesNotExist();
        assertThat(cache.get(KEY).orElseThrow().token()).contains("t3");

        // recorded for d1 while the entry holds d2 (e.g. written by another process in between)
        Files.write(cache.tokenFile(KEY), new CacheEntryCodec().writeToken("d1", "t9"));
        assertThat(cache.get(KEY).orElseThrow().token()).contains("t3");
    }

    @Test
    @DisplayName("an unreadable token file is ignored: the entry keeps its own token")
    void unreadableToken() throws Exception {
        DirectorySnapshotCache cache = new DirectorySnapshotCache(dir);
        cache.put(KEY, entry("d1", "t1"));
        Files.write(cache.tokenFile(KEY), "{not json".getBytes(StandardCharsets.UTF_8));
        assertThat(cache.get(KEY).orElseThrow().token()).contains("t1");
        Files.write(cache.tokenFile(KEY), "{\"cacheFormat\":1,\"digest\":\"d1\",\"token\":\"t9\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(cache.get(KEY).orElseThrow().token()).as("another format version").contains("t1");
    }
}
