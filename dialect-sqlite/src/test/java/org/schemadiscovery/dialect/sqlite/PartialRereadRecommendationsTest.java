package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.MemorySnapshotCache;

@DisplayName("partial reread: SQLite's per-table findings of the reread tables change, the others' are kept")
class PartialRereadRecommendationsTest {
    @TempDir
    Path dir;

    private static void execute(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static SchemaDiscovery.Builder sqlite() {
        return SchemaDiscovery.builder().loadServices(false).register(new SqliteDiscoveryStrategy())
                .register(new SqliteIndexDiscovery()).register(new SqliteConstraintDiscovery());
    }

    @Test
    void afterRereadEqualsFull() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("r.db");
        execute(url, "CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)",
                "CREATE TABLE b (k TEXT PRIMARY KEY, a_id INTEGER REFERENCES a (id))",
                "CREATE TABLE c (id INTEGER PRIMARY KEY AUTOINCREMENT)",
                "CREATE TABLE d (k TEXT PRIMARY KEY)");
        SchemaDiscovery cached = sqlite().cache(new MemorySnapshotCache(2)).partialRereadLimit(1).build();
        assertThat(cached.discoverCached(url, new Properties()).outcome()).isEqualTo(CacheOutcome.MISS);
        // a loses AUTOINCREMENT (b, which references it, is reread too), d's key becomes NOT NULL, e is new
        execute(url, "PRAGMA foreign_keys = OFF", "DROP TABLE a", "CREATE TABLE a (id INTEGER PRIMARY KEY, v TEXT)",
                "DROP TABLE d", "CREATE TABLE d (k TEXT NOT NULL PRIMARY KEY)",
                "CREATE TABLE e (id INTEGER PRIMARY KEY AUTOINCREMENT, k TEXT)");
        CachedDiscovery partial = cached.discoverCached(url, new Properties());
        assertThat(partial.outcome()).as(partial.fullReason()).isEqualTo(CacheOutcome.PARTIAL);
        SchemaInfo full = sqlite().build().discover(url);
        assertThat(partial.schema().recommendations()).isEqualTo(full.recommendations())
                .extracting(Recommendation::object).contains("main.c", "main.e", "main.b").doesNotContain("main.d");
        assertThat(partial.schema().withMetrics(DiscoveryMetrics.empty()))
                .isEqualTo(full.withMetrics(DiscoveryMetrics.empty()));
    }
}
