package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.DirectorySnapshotCache;
import org.schemadiscovery.core.cache.Fingerprinted;
import org.schemadiscovery.core.cache.MemorySnapshotCache;
import org.schemadiscovery.core.cache.SnapshotCache;
import org.schemadiscovery.dialect.postgresql.catalog.CatalogSql;
import org.schemadiscovery.dialect.postgresql.catalog.PgFeatures;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

/**
 * The token is the snapshot's transaction ids: any other session's write anywhere on the server (autovacuum's
 * ANALYZE included) moves it, which only costs a fingerprint. Tests that need an unchanged token therefore try a few
 * times; tests that need a moved one cannot be fooled by that noise.
 */
@DisplayName("fingerprint token: an unchanged server is a hit on one cheap statement; DDL always moves it")
class FingerprintTokenTest {
    private static final String FIXTURE = "CREATE TABLE a (id int PRIMARY KEY, v text);"
            + " CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));"
            + " INSERT INTO a VALUES (1, 'x'), (2, 'x');"
            // enough tables that one altered is a partial reread (at most a quarter of them)
            + " CREATE TABLE c1 (id int); CREATE TABLE c2 (id int); CREATE TABLE c3 (id int); CREATE TABLE c4 (id int);"
            + " CREATE TABLE c5 (id int); CREATE TABLE c6 (id int);";
    private static final int ATTEMPTS = 20;

    @TempDir
    Path dir;

    private static SchemaDiscovery facade(SnapshotCache cache) {
        return SchemaDiscovery.builder().loadServices(false)
                .register(new PostgresDiscoveryStrategy()).register(new PostgresIndexDiscovery())
                .register(new PostgresConstraintDiscovery()).cache(cache).build();
    }

    private static Fingerprinted taken(PgDatabase db) {
        return org.schemadiscovery.dialect.postgresql.support.Discovery.facade(DiscoveryOptions.defaults())
                .fingerprint(db.url(), new Properties());
    }

    private static List<String> tokenOnly(CachedDiscovery d) {
        var sql = CatalogSql.load().forVersion(PgFeatures.of(d.schema().identity()));
        return List.of(sql.get("begin"), sql.get("session-settings"), sql.get("fingerprint-token"), sql.get("end"));
    }

    /** Discovers until a run is a hit on the token alone (no write anywhere on the server in between). */
    private static CachedDiscovery tokenHit(Supplier<CachedDiscovery> discover) {
        CachedDiscovery d = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            d = discover.get();
            assertThat(d.outcome()).isEqualTo(CacheOutcome.HIT);
            if (d.schema().metrics().statementTexts().equals(tokenOnly(d))) {
                return d;
            }
        }
        throw new AssertionError("no hit on the token alone in " + ATTEMPTS + " runs; last ran "
                + d.schema().metrics().statementTexts());
    }

    @Test
    @DisplayName("two reads with no write in between give the same token, in four parts")
    void stable() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.sql(FIXTURE);
            String previous = taken(db).token().orElseThrow();
            for (int i = 0; i < ATTEMPTS; i++) {
                String token = taken(db).token().orElseThrow();
                assertThat(token.split("\\|")).hasSize(4);
                if (token.equals(previous)) {
                    return;
                }
                previous = token;
            }
            throw new AssertionError("the token moved on every one of " + ATTEMPTS + " reads");
        }
    }

    @Test
    @DisplayName("a hit runs begin, settings, the token and end, equal to the stored snapshot; DDL is then read")
    void hitOnTheToken() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.sql(FIXTURE);
            SchemaDiscovery sd = facade(new MemorySnapshotCache(4));
            CachedDiscovery first = sd.discoverCached(db.url(), new Properties());
            assertThat(first.outcome()).isEqualTo(CacheOutcome.MISS);
            CachedDiscovery hit = tokenHit(() -> sd.discoverCached(db.url(), new Properties()));
            assertThat(hit.schema().withMetrics(DiscoveryMetrics.empty()))
                    .isEqualTo(first.schema().withMetrics(DiscoveryMetrics.empty()));

            db.exec("ALTER TABLE b ADD COLUMN note text");
            CachedDiscovery after = sd.discoverCached(db.url(), new Properties());
            assertThat(after.outcome()).isEqualTo(CacheOutcome.PARTIAL);
            assertThat(after.schema().tables().stream().filter(t -> t.ref().name().equals("b")).findFirst()
                    .orElseThrow().columns()).anyMatch(c -> c.name().equals("note"));
        }
    }

    @Test
    @DisplayName("every DDL statement moves the token, whatever else runs on the server")
    void ddlMovesIt() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.sql(FIXTURE);
            for (String ddl : List.of("ALTER TABLE a ADD COLUMN c int", "COMMENT ON TABLE a IS 'a'",
                    "CREATE INDEX a_v ON a (v)", "DROP INDEX a_v", "CREATE INDEX CONCURRENTLY a_v ON a (v)",
                    "DROP INDEX CONCURRENTLY a_v", "ALTER TABLE b DROP CONSTRAINT b_a_id_fkey",
                    "CREATE VIEW w AS SELECT id FROM a", "GRANT SELECT ON a TO PUBLIC")) {
                String before = taken(db).token().orElseThrow();
                db.exec(ddl);
                assertThat(taken(db).token()).as(ddl).isNotEqualTo(Optional.of(before));
            }
        }
    }

    @Test
    @DisplayName("a checkpoint moves the token: crash recovery, which may hand out unflushed transaction ids again,"
            + " always ends with one")
    void checkpointMovesIt() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.sql(FIXTURE);
            String before = taken(db).token().orElseThrow();
            db.exec("CHECKPOINT");
            String after = taken(db).token().orElseThrow();
            assertThat(after.split("\\|")[2]).isNotEqualTo(before.split("\\|")[2]);
        }
    }

    @Test
    @DisplayName("an index left invalid by a failed CREATE INDEX CONCURRENTLY is in the token with its flags")
    void unfinishedIndexes() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.sql(FIXTURE);
            assertThat(taken(db).token().orElseThrow()).endsWith("|0:0");
            try {
                db.exec("CREATE UNIQUE INDEX CONCURRENTLY a_v_unique ON a (v)");
                throw new AssertionError("the duplicate values should have failed the index");
            } catch (java.sql.SQLException expected) {
                // left behind with indisvalid = false, as PostgreSQL documents
            }
            String withInvalid = taken(db).token().orElseThrow();
            assertThat(withInvalid).containsPattern("\\|1:-?[0-9]+$").doesNotEndWith("|1:0");
            db.exec("DROP INDEX a_v_unique");
            assertThat(taken(db).token().orElseThrow()).endsWith("|0:0");
        }
    }

    @Test
    @DisplayName("directory store: a data write moves the token; the hit records the new token beside the entry"
            + " (the entry file untouched), and the next run hits on the token again")
    void recordedTokenOnly() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.sql(FIXTURE);
            DirectorySnapshotCache cache = new DirectorySnapshotCache(dir);
            SchemaDiscovery sd = facade(cache);
            assertThat(sd.discoverCached(db.url(), new Properties()).outcome()).isEqualTo(CacheOutcome.MISS);
            Path entry;
            try (var files = Files.list(dir)) {
                entry = files.filter(p -> p.toString().endsWith(".sdcache")).findFirst().orElseThrow();
            }
            byte[] entryBytes = Files.readAllBytes(entry);
            FileTime written = Files.getLastModifiedTime(entry);

            db.exec("INSERT INTO a VALUES (3, 'y')");
            CachedDiscovery afterWrite = sd.discoverCached(db.url(), new Properties());
            assertThat(afterWrite.outcome()).isEqualTo(CacheOutcome.HIT);
            var sql = CatalogSql.load().forVersion(PgFeatures.of(afterWrite.schema().identity()));
            assertThat(afterWrite.schema().metrics().statementTexts()).contains(sql.get("fingerprint"));
            assertThat(Files.readAllBytes(entry)).isEqualTo(entryBytes);
            assertThat(Files.getLastModifiedTime(entry)).isEqualTo(written);
            assertThat(dir.resolve(entry.getFileName().toString().replace(".sdcache", ".token"))).exists();
            tokenHit(() -> sd.discoverCached(db.url(), new Properties()));
        }
    }
}
