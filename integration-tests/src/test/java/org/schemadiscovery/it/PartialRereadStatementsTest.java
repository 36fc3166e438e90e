package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.MemorySnapshotCache;

/**
 * A partial reread issues the same statements whether one table changed or many: core never reads table by table,
 * and a dialect passes the table restriction to its set-based statements (or ignores it).
 */
@DisplayName("partial reread: the same statements for 1 and for 8 changed tables")
class PartialRereadStatementsTest {
    private static final int TABLES = 60;
    /** A second connection reads ahead when a thread is free, which changes the statements from run to run. */
    private static final DiscoveryOptions ONE_CONNECTION = DiscoveryOptions.builder().maxConnections(1).build();

    @TempDir
    Path dir;

    private static List<String> schema(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            out.add("CREATE TABLE " + prefix + "t" + i + " (id INTEGER PRIMARY KEY, v TEXT"
                    + (i > 0 ? ", up INTEGER REFERENCES " + prefix + "t" + (i - 1) + " (id)" : "") + ")");
            out.add("CREATE INDEX " + prefix.replace(".", "_") + "ix" + i + " ON " + prefix + "t" + i + " (v)");
        }
        out.add("CREATE VIEW " + prefix + "v0 AS SELECT id FROM " + prefix + "t0");
        return out;
    }

    /** Adds a column to the tables 10, 16, 22 … (every sixth from 10): {@code n} of them. */
    private static List<String> alter(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("ALTER TABLE " + prefix + "t" + (10 + 6 * i) + " ADD COLUMN extra TEXT");
        }
        return out;
    }

    private static CachedDiscovery partial(SchemaDiscovery sd, String url, Properties info) {
        CachedDiscovery d = sd.discoverCached(url, info);
        assertThat(d.outcome()).as(d.fullReason()).isEqualTo(CacheOutcome.PARTIAL);
        return d;
    }

    private static void sameStatements(CachedDiscovery one, CachedDiscovery many) {
        // each changed table has one referencing table (its foreign key): 2 and 16 tables reread
        assertThat(one.tablesReread()).isEqualTo(2);
        assertThat(many.tablesReread()).isEqualTo(16);
        assertThat(many.schema().metrics().statementTexts()).isNotEmpty()
                .isEqualTo(one.schema().metrics().statementTexts());
    }

    @Test
    @DisplayName("SQLite")
    void sqlite() throws Exception {
        String[] urls = new String[2];
        CachedDiscovery[] runs = new CachedDiscovery[2];
        int[] changed = {1, 8};
        for (int k = 0; k < 2; k++) {
            Path file = SqliteFiles.create(dir.resolve("db" + k + ".sqlite"), schema(""));
            urls[k] = SqliteFiles.url(file);
            SchemaDiscovery sd = IncrementalCachePropertyTest.sqlite(false).options(ONE_CONNECTION)
                    .cache(new MemorySnapshotCache(2))
                    .partialRereadLimit(1).build();
            assertThat(sd.discoverCached(urls[k], new Properties()).outcome()).isEqualTo(CacheOutcome.MISS);
            SqliteFiles.create(file, alter("", changed[k]));
            runs[k] = partial(sd, urls[k], new Properties());
        }
        sameStatements(runs[0], runs[1]);
    }

    @Test
    @DisplayName("PostgreSQL")
    void postgres() throws SQLException {
        try (PgDatabase db = PgDatabase.create()) {
            CachedDiscovery[] runs = new CachedDiscovery[2];
            int[] changed = {1, 8};
            for (int k = 0; k < 2; k++) {
                String schema = "s" + k;
                db.exec("CREATE SCHEMA " + schema).exec(schema(schema + "."));
                SchemaDiscovery sd = IncrementalCachePropertyTest.postgres(false)
                        .options(DiscoveryOptions.builder().includeSchema(schema).maxConnections(1).build())
                        .cache(new MemorySnapshotCache(2)).partialRereadLimit(1).build();
                assertThat(sd.discoverCached(db.url(), new Properties()).outcome()).isEqualTo(CacheOutcome.MISS);
                db.exec(alter(schema + ".", changed[k]));
                runs[k] = partial(sd, db.url(), new Properties());
            }
            sameStatements(runs[0], runs[1]);
        }
    }
}
