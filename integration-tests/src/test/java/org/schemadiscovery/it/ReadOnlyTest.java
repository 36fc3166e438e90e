package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.core.SchemaDiscovery;

/** Scenario 1: discovery needs no privilege beyond CONNECT and never writes. */
@DisplayName("read-only")
class ReadOnlyTest {
    /**
     * What a read-only run may send: reads, its read-only transaction and savepoints, the import of that
     * transaction's snapshot by a second read-only connection, SQLite's query_only switch.
     */
    private static final Pattern READ_ONLY_SQL = Pattern.compile("(?s)\\s*(SELECT\\b|WITH\\b|SAVEPOINT\\b"
            + "|ROLLBACK\\b|RELEASE\\b|BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY$|PRAGMA query_only = [01]$"
            // PRAGMAs that only read (no "="): SQLite answers them without parsing the schema
            + "|PRAGMA query_only$|PRAGMA database_list$|PRAGMA \"(?:[^\"]|\"\")*\"\\.schema_version$"
            + "|SET TRANSACTION SNAPSHOT '[0-9A-F-]+'$|metadata:).*");

    static void assertOnlyReads(SchemaInfo s) {
        assertThat(s.metrics().statementTexts()).as("statements sent").isNotEmpty()
                .allSatisfy(sql -> assertThat(sql).matches(READ_ONLY_SQL));
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("PostgreSQL")
    class Postgres {
        private PgDatabase db;
        private String reader;
        private SchemaInfo baseline;
        private final SchemaDiscovery sd = Plugins.both().build();

        @BeforeAll
        void createDatabase() throws SQLException {
            db = PgDatabase.create();
            db.exec(Fixtures.postgresShop());
            reader = db.createRole("reader");
            // CONNECT and schema USAGE only: not a single table, sequence or function privilege.
            db.exec("REVOKE ALL ON DATABASE " + db.name() + " FROM PUBLIC",
                    "GRANT CONNECT ON DATABASE " + db.name() + " TO " + reader,
                    "GRANT USAGE ON SCHEMA app TO " + reader);
            baseline = sd.discover(db.url());
            assertThat(baseline.warnings()).isEmpty();
            assertThat(ModelChecks.tableNames(baseline)).isEqualTo(Fixtures.PG_SHOP_TABLES);
        }

        @AfterAll
        void dropDatabase() throws SQLException {
            db.close();
        }

        @Test
        @DisplayName("a role with CONNECT and no privilege on any table discovers the same schema, without warnings")
        void unprivilegedRole() throws SQLException {
            try (Connection c = db.connectAs(reader); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeQuery("SELECT * FROM app.orders"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            SchemaInfo s = sd.discover(db.bareUrl(), PgDatabase.as(reader, "sd_it_reader"));

            assertThat(s.warnings()).isEmpty();
            assertOnlyReads(s);
            assertThat(s.capabilities().settings()).containsEntry("user", reader);
            assertThat(ModelChecks.tableNames(s)).isEqualTo(Fixtures.PG_SHOP_TABLES);
            // Without SELECT/USAGE on a sequence its last value is unreadable: reported as unknown, not an error.
            assertThat(baseline.sequences()).extracting(q -> q.ref().name(), SequenceInfo::lastValue)
                    .containsExactly(tuple("customer_id_seq", 1L), tuple("order_no", 1000L),
                            tuple("audit_id_seq", null));
            assertThat(s.sequences()).extracting(q -> q.ref().name(), SequenceInfo::lastValue)
                    .containsExactly(tuple("customer_id_seq", null), tuple("order_no", null),
                            tuple("audit_id_seq", null));
            assertThat(s.table("customer").orElseThrow().column("id").orElseThrow().identity().sequence()
                    .lastValue()).isNull();
            // everything else is the superuser's view of the schema
            ModelChecks.assertSame(ModelChecks.comparable(s),
                    ModelChecks.comparable(ModelChecks.withoutSequenceValues(baseline)),
                    "the unprivileged role's model");
        }

        @Test
        @DisplayName("default_transaction_read_only = on (database setting, and role setting for the unprivileged"
                + " role) changes nothing")
        void readOnlyDefault() throws SQLException {
            db.exec("ALTER ROLE " + reader + " IN DATABASE " + db.name() + " SET default_transaction_read_only = on");
            try {
                SchemaInfo asReader = sd.discover(db.bareUrl(), PgDatabase.as(reader, "sd_it_reader_ro"));
                assertThat(asReader.warnings()).isEmpty();
                assertThat(asReader.capabilities().settings()).containsEntry("transaction_read_only", "on");
                ModelChecks.assertSame(ModelChecks.comparable(asReader), ModelChecks.comparable(
                        ModelChecks.withoutSequenceValues(baseline)), "model under the role's read-only default");
            } finally {
                db.exec("ALTER ROLE " + reader + " IN DATABASE " + db.name() + " RESET default_transaction_read_only");
            }
            db.exec("ALTER DATABASE " + db.name() + " SET default_transaction_read_only = on");
            try (Connection c = db.connect()) {
                assertThat(c.createStatement().executeQuery("SHOW default_transaction_read_only"))
                        .satisfies(rs -> {
                            rs.next();
                            assertThat(rs.getString(1)).isEqualTo("on");
                        });
                SchemaInfo bare = sd.discover(c);
                assertThat(bare.warnings()).isEmpty();
                ModelChecks.assertSame(ModelChecks.comparable(bare), ModelChecks.comparable(baseline),
                        "model, caller's connection");
                SchemaInfo viaUrl = sd.discover(db.url());
                assertThat(viaUrl.warnings()).isEmpty();
                assertThat(viaUrl.capabilities().settings()).containsEntry("transaction_read_only", "on");
                ModelChecks.assertSame(ModelChecks.comparable(viaUrl), ModelChecks.comparable(baseline),
                        "model, by URL");
            } finally {
                db.exec("SET default_transaction_read_only = off",
                        "ALTER DATABASE " + db.name() + " RESET default_transaction_read_only");
            }
        }

        @Test
        @DisplayName("a caller's connection comes back as it was given: manual commit, read-only flag, isolation,"
                + " search_path")
        void callerConnectionRestored() throws SQLException {
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                c.setReadOnly(true);
                c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
                try (Statement st = c.createStatement()) {
                    st.execute("SET search_path = app, public");
                }
                c.commit();
                SchemaInfo s = sd.discover(c);
                assertThat(s.warnings()).isEmpty();
                ModelChecks.assertSame(ModelChecks.comparable(s), ModelChecks.comparable(baseline), "model");
                assertThat(c.getAutoCommit()).isFalse();
                assertThat(c.isReadOnly()).isTrue();
                assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
                try (Statement st = c.createStatement(); var rs = st.executeQuery("SHOW search_path")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("app, public");
                }
                c.rollback();
            }
        }
    }

    @Nested
    @DisplayName("SQLite")
    class Sqlite {
        @TempDir
        Path dir;

        private final SchemaDiscovery sd = Plugins.both().build();

        @Test
        @DisplayName("rollback-journal file: bytes, mtime and directory listing unchanged after discovery by URL")
        void journalFile() throws Exception {
            Path file = SqliteFiles.create(dir.resolve("shop.sqlite"), Fixtures.sqliteShop());
            Files.setLastModifiedTime(file, SqliteFiles.PAST);
            String before = SqliteFiles.fingerprint(file);

            SchemaInfo s = sd.discover(SqliteFiles.url(file));

            assertThat(s.warnings()).isEmpty();
            assertOnlyReads(s);
            assertThat(ModelChecks.tableNames(s)).isEqualTo(Fixtures.SQLITE_SHOP_TABLES);
            assertThat(SqliteFiles.fingerprint(file)).isEqualTo(before);
            assertThat(SqliteFiles.listing(dir)).containsExactly("shop.sqlite");
        }

        @Test
        @DisplayName("WAL file discovered by URL (opened SQLITE_OPEN_READONLY by core): main file unchanged;"
                + " the -wal SQLite's reader needs stays empty")
        void walFileByUrl() throws Exception {
            Path file = walShop();
            String before = SqliteFiles.fingerprint(file);

            SchemaInfo s = sd.discover(SqliteFiles.url(file));

            assertThat(s.warnings()).isEmpty();
            assertThat(s.capabilities().settings()).containsEntry("journal_mode", "wal");
            assertThat(ModelChecks.tableNames(s)).isEqualTo(Fixtures.SQLITE_SHOP_TABLES);
            assertThat(SqliteFiles.fingerprint(file)).isEqualTo(before);
            assertThat(SqliteFiles.listing(dir)).containsExactly("shop.sqlite", "shop.sqlite-shm", "shop.sqlite-wal");
            assertThat(Files.size(dir.resolve("shop.sqlite-wal"))).isZero();
        }

        @Test
        @DisplayName("WAL file discovered through a caller's SQLITE_OPEN_READONLY connection: main file unchanged;"
                + " the -wal SQLite's reader needs stays empty")
        void walFileReadOnlyConnection() throws Exception {
            Path file = walShop();
            String before = SqliteFiles.fingerprint(file);
            SchemaInfo s;
            try (Connection c = SqliteFiles.openReadOnly(file)) {
                s = sd.discover(c);
            }
            assertThat(s.warnings()).isEmpty();
            assertThat(ModelChecks.tableNames(s)).isEqualTo(Fixtures.SQLITE_SHOP_TABLES);
            assertThat(SqliteFiles.fingerprint(file)).isEqualTo(before);
            // A read-only connection of a WAL database creates the -shm index and an empty -wal, and may not
            // delete them on close (SQLite's documented behaviour, "WAL-mode File Persistence"): no data in them.
            assertThat(SqliteFiles.listing(dir)).containsExactly("shop.sqlite", "shop.sqlite-shm", "shop.sqlite-wal");
            assertThat(Files.size(dir.resolve("shop.sqlite-wal"))).isZero();
        }

        @Test
        @DisplayName("a missing file is a connection error and is not created")
        void missingFile() throws Exception {
            Path missing = dir.resolve("missing.sqlite");
            assertThatThrownBy(() -> sd.discover(SqliteFiles.url(missing)))
                    .isInstanceOf(DiscoveryConnectionException.class);
            assertThat(missing).doesNotExist();
            assertThat(SqliteFiles.listing(dir)).isEmpty();
        }

        @Test
        @DisplayName("a caller's read-write connection comes back writable, in auto-commit, query_only off")
        void callerConnectionRestored() throws Exception {
            Path file = SqliteFiles.create(dir.resolve("rw.sqlite"), Fixtures.sqliteShop());
            try (Connection c = SqliteFiles.openReadWrite(file)) {
                SchemaInfo s = sd.discover(c);
                assertThat(s.warnings()).isEmpty();
                assertThat(c.getAutoCommit()).isTrue();
                try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA query_only")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO customer (email) VALUES ('b@example.org')");
                }
            }
        }

        /** The shop in WAL mode, the writer closed (so SQLite removed its -wal and -shm), mtime set to the past. */
        private Path walShop() throws Exception {
            List<String> ddl = new ArrayList<>();
            ddl.add("PRAGMA journal_mode = WAL");
            ddl.addAll(Fixtures.sqliteShop());
            Path file = SqliteFiles.create(dir.resolve("shop.sqlite"), ddl);
            assertThat(SqliteFiles.listing(dir)).containsExactly("shop.sqlite");
            Files.setLastModifiedTime(file, SqliteFiles.PAST);
            return file;
        }
    }
}
