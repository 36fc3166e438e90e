package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.MemorySnapshotCache;
import org.schemadiscovery.core.cache.SnapshotCache;
import org.schemadiscovery.core.health.FingerprintProbe;
import org.schemadiscovery.dialect.sqlite.catalog.CatalogSql;

@DisplayName("fingerprint token: an unchanged file is a hit without reading sqlite_schema; no replacement or schema"
        + " change is ever a hit on the token")
class FingerprintTokenTest {
    /** Two schemas with other DDL that give files of the same size and the same schema_version. */
    private static final List<String> ONE = List.of("CREATE TABLE t (a INTEGER)", "INSERT INTO t VALUES (1)");
    private static final List<String> OTHER = List.of("CREATE TABLE t (b TEXT)", "INSERT INTO t VALUES ('x')");
    private static final List<String> SAME_DDL_OTHER_ROWS = List.of("CREATE TABLE t (a INTEGER)",
            "INSERT INTO t VALUES (2)", "INSERT INTO t VALUES (3)");
    /** What a hit on the token runs: the session's guards, the database list and one cookie per schema. */
    private static final List<String> TOKEN_ONLY = List.of(CatalogSql.QUERY_ONLY_GET, CatalogSql.QUERY_ONLY_ON,
            CatalogSql.DATABASES, CatalogSql.schemaCookie("main"), CatalogSql.QUERY_ONLY_OFF);

    @TempDir
    Path dir;

    private final SnapshotCache cache = new MemorySnapshotCache(10);

    private SchemaDiscovery facade() {
        return SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery()).cache(cache).build();
    }

    private CachedDiscovery discover(Path file) {
        return facade().discoverCached("jdbc:sqlite:" + file, CoreFacadeTest.readOnly());
    }

    private static List<String> texts(CachedDiscovery d) {
        return d.schema().metrics().statementTexts();
    }

    /** A hit that ran only the token's statements. */
    private static void assertTokenHit(CachedDiscovery d) {
        assertThat(d.outcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(texts(d)).isEqualTo(TOKEN_ONLY);
    }

    /** Not a hit: read again, in full or only the changed tables. */
    private static void assertRead(CachedDiscovery d) {
        assertThat(d.outcome()).isIn(CacheOutcome.MISS, CacheOutcome.PARTIAL);
    }

    /** A hit that the whole fingerprint decided: the token had moved. */
    private static void assertFingerprintHit(CachedDiscovery d) {
        assertThat(d.outcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(texts(d)).anyMatch(sql -> sql.contains("sqlite_schema"));
    }

    private static SchemaInfo bare(SchemaInfo schema) {
        return schema.withMetrics(DiscoveryMetrics.empty());
    }

    private static List<String> columns(SchemaInfo schema, String table) {
        return schema.tables().stream().filter(t -> t.ref().name().equals(table)).findFirst()
                .map(TableInfo::columns).orElseThrow().stream().map(ColumnInfo::name).toList();
    }

    private static long schemaVersion(Path file) throws SQLException {
        try (Connection c = Fixtures.openReadOnly(file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA schema_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The original file, already served from its token, and a second file to replace it with. */
    private Path cachedThenReplacement(List<String> replacement) throws Exception {
        Path file = Fixtures.create(dir.resolve("db.sqlite"), ONE);
        Path other = Fixtures.create(dir.resolve("other.sqlite"), replacement);
        assertThat(discover(file).outcome()).isEqualTo(CacheOutcome.MISS);
        assertTokenHit(discover(file));
        return file;
    }

    @Nested
    @DisplayName("unchanged")
    class Unchanged {
        @Test
        @DisplayName("after the first, a hit runs the same five statements for 10 and 1000 tables, no sqlite_schema"
                + " read among them")
        void constantStatements() throws Exception {
            for (int n : new int[] {10, 1000}) {
                Path file = Fixtures.create(dir.resolve("w" + n + ".sqlite"), Fixtures.workload(n));
                CachedDiscovery miss = discover(file);
                CachedDiscovery hit = discover(file);
                assertThat(miss.outcome()).isEqualTo(CacheOutcome.MISS);
                assertTokenHit(hit);
                assertThat(bare(hit.schema())).isEqualTo(bare(miss.schema()));
            }
        }

        @Test
        @DisplayName("the watch probe's take over a kept connection reads the token only while it is unchanged")
        void probe() throws Exception {
            Path file = Fixtures.create(dir.resolve("probe.sqlite"), ONE);
            try (FingerprintProbe probe = CoreFacadeTest.facade().fingerprintProbe("jdbc:sqlite:" + file,
                    CoreFacadeTest.readOnly())) {
                FingerprintProbe.Reading first = probe.take(Duration.ofSeconds(30));
                FingerprintProbe.Reading second = probe.take(Duration.ofSeconds(30));
                assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
                assertThat(second.statements()).isEqualTo(first.statements() - 1);
                try (Connection w = Fixtures.openReadWrite(file)) {
                    execute(w, "ALTER TABLE t ADD COLUMN extra TEXT");
                }
                FingerprintProbe.Reading third = probe.take(Duration.ofSeconds(30));
                assertThat(third.fingerprint()).isNotEqualTo(first.fingerprint());
                assertThat(third.statements()).isEqualTo(first.statements());
            }
        }

        @Test
        @DisplayName("no token where a schema in scope has no file (temporary objects on the caller's connection)")
        void noFileNoToken() throws Exception {
            Path file = Fixtures.create(dir.resolve("temp.sqlite"), ONE);
            try (Connection c = Fixtures.openReadOnly(file)) {
                assertThat(CoreFacadeTest.facade().fingerprint(c).token()).isPresent();
                execute(c, "CREATE TEMP TABLE scratch (x INTEGER)");
                assertThat(CoreFacadeTest.facade().fingerprint(c).token()).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("replaced files")
    class Replaced {
        @Test
        @DisplayName("mv of a file with other DDL, the same size, schema_version and modification time: a miss")
        void movedOver() throws Exception {
            Path file = cachedThenReplacement(OTHER);
            Path other = dir.resolve("other.sqlite");
            assertThat(Files.size(other)).isEqualTo(Files.size(file));
            assertThat(schemaVersion(other)).isEqualTo(schemaVersion(file));
            Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));
            Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);

            CachedDiscovery after = discover(file);
            assertRead(after);
            assertThat(columns(after.schema(), "t")).containsExactly("b");
        }

        @Test
        @DisplayName("overwritten in place as cp -p does (same inode, size, schema_version and modification time):"
                + " a miss")
        void copiedOverInPlace() throws Exception {
            Path file = cachedThenReplacement(OTHER);
            Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            FileTime modified = Files.getLastModifiedTime(file);
            assertThat(schemaVersion(dir.resolve("other.sqlite"))).isEqualTo(schemaVersion(file));
            Files.write(file, Files.readAllBytes(dir.resolve("other.sqlite")), StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            Files.setLastModifiedTime(file, modified);
            assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).isEqualTo(inode);

            CachedDiscovery after = discover(file);
            assertRead(after);
            assertThat(columns(after.schema(), "t")).containsExactly("b");
        }

        @Test
        @DisplayName("same DDL, other rows, by mv and in place: the fingerprint decides, a hit equal to the stored one")
        void sameDdlOtherRows() throws Exception {
            Path file = cachedThenReplacement(SAME_DDL_OTHER_ROWS);
            SchemaInfo stored = bare(discover(file).schema());
            Path copy = Files.copy(dir.resolve("other.sqlite"), dir.resolve("copy.sqlite"));
            Files.move(dir.resolve("other.sqlite"), file, StandardCopyOption.REPLACE_EXISTING);
            CachedDiscovery moved = discover(file);
            assertFingerprintHit(moved);
            assertThat(bare(moved.schema())).isEqualTo(stored);
            assertTokenHit(discover(file));

            Files.write(file, Files.readAllBytes(copy), StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            assertFingerprintHit(discover(file));
            assertTokenHit(discover(file));
        }
    }

    @Nested
    @DisplayName("changes in place")
    class InPlace {
        @Test
        @DisplayName("ALTER in WAL mode, not checkpointed (the database file untouched): a miss")
        void walAlter() throws Exception {
            Path file = dir.resolve("wal.sqlite");
            try (Connection writer = Fixtures.openReadWrite(file)) {
                execute(writer, "PRAGMA journal_mode = WAL");
                execute(writer, "PRAGMA wal_autocheckpoint = 0");
                Fixtures.execute(writer, ONE);
                execute(writer, "PRAGMA wal_checkpoint(TRUNCATE)");
                assertThat(discover(file).outcome()).isEqualTo(CacheOutcome.MISS);
                assertTokenHit(discover(file));
                FileTime modified = Files.getLastModifiedTime(file);
                long size = Files.size(file);

                execute(writer, "ALTER TABLE t ADD COLUMN extra TEXT");
                assertThat(Files.getLastModifiedTime(file)).as("only the WAL was written").isEqualTo(modified);
                assertThat(Files.size(file)).isEqualTo(size);
                CachedDiscovery after = discover(file);
                assertRead(after);
                assertThat(columns(after.schema(), "t")).containsExactly("a", "extra");
                assertTokenHit(discover(file));
            }
        }

        @Test
        @DisplayName("ALTER in WAL mode into a restarted log of the same size and modification time: the schema"
                + " cookie alone tells, a miss")
        void walRestartedSameStamp() throws Exception {
            Path file = dir.resolve("restart.sqlite");
            Path wal = dir.resolve("restart.sqlite-wal");
            try (Connection writer = Fixtures.openReadWrite(file)) {
                execute(writer, "PRAGMA journal_mode = WAL");
                execute(writer, "PRAGMA wal_autocheckpoint = 0");
                Fixtures.execute(writer, ONE);
                execute(writer, "PRAGMA wal_checkpoint(TRUNCATE)");
                execute(writer, "CREATE VIEW v AS SELECT 1 AS one");
                execute(writer, "PRAGMA wal_checkpoint(PASSIVE)");
                assertThat(discover(file).outcome()).isEqualTo(CacheOutcome.MISS);
                assertTokenHit(discover(file));
                long walSize = Files.size(wal);
                FileTime walModified = Files.getLastModifiedTime(wal);
                FileTime modified = Files.getLastModifiedTime(file);

                execute(writer, "ALTER TABLE t ADD COLUMN extra TEXT");
                Files.setLastModifiedTime(wal, walModified);
                assertThat(Files.size(wal)).as("the log restarted with one page, as before").isEqualTo(walSize);
                assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
                CachedDiscovery after = discover(file);
                assertRead(after);
                assertThat(columns(after.schema(), "t")).containsExactly("a", "extra");
            }
        }

        @Test
        @DisplayName("a data-only write and VACUUM move the token: the fingerprint decides once (a hit), then the"
                + " token serves again")
        void dataAndVacuum() throws Exception {
            Path file = Fixtures.create(dir.resolve("data.sqlite"), ONE);
            SchemaInfo stored = bare(discover(file).schema());
            assertTokenHit(discover(file));
            for (String sql : List.of("INSERT INTO t VALUES (42)", "VACUUM")) {
                try (Connection w = Fixtures.openReadWrite(file)) {
                    execute(w, sql);
                }
                CachedDiscovery after = discover(file);
                assertFingerprintHit(after);
                assertThat(bare(after.schema())).as(sql).isEqualTo(stored);
                assertTokenHit(discover(file));
            }
        }

        @Test
        @DisplayName("an attached database in scope: its cookie is in the token, and a change in its file misses")
        void attached() throws Exception {
            Fixtures.featureFixture(dir);
            Path main = dir.resolve("features.sqlite");
            Path aux = dir.resolve("aux.sqlite");
            try (Connection c = Fixtures.openReadOnly(main)) {
                Fixtures.attachAux(c, dir);
                SchemaDiscovery sd = facade();
                assertThat(sd.discoverCached(c).outcome()).isEqualTo(CacheOutcome.MISS);
                CachedDiscovery hit = sd.discoverCached(c);
                assertThat(hit.outcome()).isEqualTo(CacheOutcome.HIT);
                assertThat(texts(hit)).containsExactly(CatalogSql.QUERY_ONLY_GET, CatalogSql.QUERY_ONLY_ON,
                        CatalogSql.DATABASES, CatalogSql.schemaCookie("main"), CatalogSql.schemaCookie("aux"),
                        CatalogSql.QUERY_ONLY_OFF);

                try (Connection w = Fixtures.openReadWrite(aux)) {
                    execute(w, "CREATE INDEX aux_t_id_label ON aux_t (id, label)");
                }
                CachedDiscovery after = sd.discoverCached(c);
                assertRead(after);
                assertThat(after.schema().tables().stream().filter(t -> t.ref().name().equals("aux_t"))
                        .flatMap(t -> t.indexes().stream())).anyMatch(i -> i.name().equals("aux_t_id_label"));
            }
        }
    }

    @Test
    @DisplayName("the directory store keeps the token: a new process's first lookup is a hit on it")
    void directoryKeepsTheToken() throws Exception {
        Path file = Fixtures.create(dir.resolve("dir.sqlite"), ONE);
        Properties ro = CoreFacadeTest.readOnly();
        SchemaDiscovery first = SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery())
                .cache(new org.schemadiscovery.core.cache.DirectorySnapshotCache(dir.resolve("cache"))).build();
        SchemaDiscovery second = SchemaDiscovery.builder().loadServices(false)
                .register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery())
                .cache(new org.schemadiscovery.core.cache.DirectorySnapshotCache(dir.resolve("cache"))).build();
        assertThat(first.discoverCached("jdbc:sqlite:" + file, ro).outcome()).isEqualTo(CacheOutcome.MISS);
        assertTokenHit(second.discoverCached("jdbc:sqlite:" + file, ro));
    }
}
