package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.core.cache.CacheEntryCodec;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.DirectorySnapshotCache;
import org.schemadiscovery.core.cache.MemorySnapshotCache;
import org.schemadiscovery.core.cache.SnapshotCache;
import org.schemadiscovery.dialect.sqlite.catalog.CatalogSql;

@DisplayName("snapshot cache: an unchanged schema is served from the store after the fingerprint statements only")
class SnapshotCacheTest {
    @TempDir
    Path dir;

    private static SchemaDiscovery facade(SnapshotCache cache, boolean refresh) {
        return SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery()).cache(cache).refreshCache(refresh).build();
    }

    private static CachedDiscovery discover(SnapshotCache cache, Path file) {
        return facade(cache, false).discoverCached("jdbc:sqlite:" + file, CoreFacadeTest.readOnly());
    }

    private static SchemaInfo withoutMetrics(SchemaInfo schema) {
        return schema.withMetrics(DiscoveryMetrics.empty());
    }

    private Path database() throws Exception {
        return Fixtures.create(dir.resolve("db.sqlite"), Fixtures.workload(50));
    }

    private static void ddl(Path file, String sql) throws Exception {
        try (Connection c = Fixtures.openReadWrite(file); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    @DisplayName("directory: miss, then a hit equal to a full discovery that ran only the fingerprint token's"
            + " statements")
    void directoryHit() throws Exception {
        Path file = database();
        DirectorySnapshotCache cache = new DirectorySnapshotCache(dir.resolve("cache"));
        CachedDiscovery first = discover(cache, file);
        CachedDiscovery second = discover(cache, file);
        assertThat(first.outcome()).isEqualTo(CacheOutcome.MISS);
        assertThat(second.outcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(second.warnings()).isEmpty();
        assertThat(withoutMetrics(second.schema())).isEqualTo(withoutMetrics(first.schema()));
        assertThat(second.schema().metrics().statementTexts()).containsExactly(CatalogSql.QUERY_ONLY_GET,
                CatalogSql.QUERY_ONLY_ON, CatalogSql.DATABASES, CatalogSql.schemaCookie("main"),
                CatalogSql.QUERY_ONLY_OFF);
        assertThat(first.schema().metrics().statementsExecuted())
                .isGreaterThan(second.schema().metrics().statementsExecuted());
    }

    @Test
    @DisplayName("the listener hears each lookup's outcome, under the dialect's id")
    void listenerHearsOutcomes() throws Exception {
        Path file = database();
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        DiscoveryListener listener = new DiscoveryListener() {
            @Override
            public void cacheLookup(String dialect, CacheOutcome outcome) {
                heard.add(dialect + " " + outcome);
            }
        };
        SnapshotCache cache = new MemorySnapshotCache(10);
        SchemaDiscovery sd = SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery()).cache(cache).listener(listener).build();
        sd.discover("jdbc:sqlite:" + file, CoreFacadeTest.readOnly());
        sd.discover("jdbc:sqlite:" + file, CoreFacadeTest.readOnly());

        assertThat(heard).containsExactly("sqlite MISS", "sqlite HIT");
    }

    @Test
    @DisplayName("a DDL change to one table rereads it and stores the merged snapshot; data changes stay hits")
    void changesMiss() throws Exception {
        Path file = database();
        SnapshotCache cache = new MemorySnapshotCache(10);
        discover(cache, file);
        ddl(file, "UPDATE t0 SET code = code || 'x'");
        assertThat(discover(cache, file).outcome()).isEqualTo(CacheOutcome.HIT);
        ddl(file, "ALTER TABLE t0 ADD COLUMN extra TEXT");
        CachedDiscovery changed = discover(cache, file);
        assertThat(changed.outcome()).isEqualTo(CacheOutcome.PARTIAL);
        assertThat(changed.tablesReread()).isBetween(1, 50 / 4);
        SchemaInfo full = SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery()).build()
                .discover("jdbc:sqlite:" + file, CoreFacadeTest.readOnly());
        assertThat(withoutMetrics(changed.schema())).isEqualTo(withoutMetrics(full));
        assertThat(changed.schema().tables().stream().filter(t -> t.ref().name().equals("t0")).findFirst()
                .orElseThrow().columns()).anyMatch(c -> c.name().equals("extra"));
        CachedDiscovery again = discover(cache, file);
        assertThat(again.outcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(withoutMetrics(again.schema())).isEqualTo(withoutMetrics(changed.schema()));
    }

    @Test
    @DisplayName("corrupt, truncated or other-format entries: a warning and a miss, then the entry is rewritten")
    void corruptEntries() throws Exception {
        Path file = database();
        Path store = dir.resolve("cache");
        DirectorySnapshotCache cache = new DirectorySnapshotCache(store);
        discover(cache, file);
        Path entry;
        try (var files = Files.list(store)) {
            entry = files.filter(p -> p.toString().endsWith(".sdcache")).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(entry);
        String text = new String(good, StandardCharsets.UTF_8);
        List<byte[]> bad = List.of(
                java.util.Arrays.copyOf(good, good.length - 40),
                "garbage".getBytes(StandardCharsets.UTF_8),
                text.replaceFirst("\"cacheFormat\":" + CacheEntryCodec.FORMAT_VERSION, "\"cacheFormat\":99").getBytes(StandardCharsets.UTF_8),
                text.replaceFirst("\"tables\":\\[", "\"tables\":[[").getBytes(StandardCharsets.UTF_8));
        for (byte[] b : bad) {
            Files.write(entry, b);
            CachedDiscovery d = discover(cache, file);
            assertThat(d.outcome()).isEqualTo(CacheOutcome.MISS);
            assertThat(d.warnings()).singleElement().asString().contains("cache entry");
            assertThat(discover(cache, file).outcome()).as("rewritten").isEqualTo(CacheOutcome.HIT);
        }
    }

    @Test
    @DisplayName("refresh bypasses the stored snapshot and overwrites it; other scopes have their own entries")
    void refreshAndScope() throws Exception {
        Path file = database();
        SnapshotCache cache = new MemorySnapshotCache(10);
        discover(cache, file);
        CachedDiscovery refreshed = facade(cache, true).discoverCached("jdbc:sqlite:" + file,
                CoreFacadeTest.readOnly());
        assertThat(refreshed.outcome()).isEqualTo(CacheOutcome.REFRESH);
        SchemaDiscovery tablesOnly = SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery()).cache(cache)
                .options(org.schemadiscovery.api.spi.DiscoveryOptions.builder()
                        .kinds(java.util.EnumSet.of(org.schemadiscovery.api.spi.ObjectKind.TABLES)).build())
                .build();
        assertThat(tablesOnly.discoverCached("jdbc:sqlite:" + file, CoreFacadeTest.readOnly()).outcome())
                .isEqualTo(CacheOutcome.MISS);
    }
}
