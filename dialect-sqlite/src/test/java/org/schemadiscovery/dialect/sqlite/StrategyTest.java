package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.ApiVersion;

@DisplayName("strategy: identity, capabilities, error classes")
class StrategyTest {
    private final SqliteDiscoveryStrategy strategy = new SqliteDiscoveryStrategy();

    private static DatabaseIdentity identity(String product, String version) {
        String[] v = version.split("\\.");
        return new DatabaseIdentity(product, version, Integer.parseInt(v[0]), Integer.parseInt(v[1]), "d", "u",
                null);
    }

    @Test
    @DisplayName("dialect id, API version, and a score only for SQLite")
    void identityAndScore() {
        assertThat(strategy.dialect()).isEqualTo("sqlite");
        assertThat(strategy.apiVersion()).isEqualTo(ApiVersion.CURRENT);
        assertThat(strategy.score(identity("SQLite", "3.54.1"))).isEqualTo(100);
        assertThat(strategy.score(identity("sqlite", "3.8.0"))).isEqualTo(100);
        assertThat(strategy.score(identity("PostgreSQL", "15.4"))).isZero();
        assertThat(strategy.score(identity("MariaDB", "10.11.2"))).isZero();
        assertThat(new SqliteIndexDiscovery().dialect()).isEqualTo("sqlite");
        assertThat(new SqliteConstraintDiscovery().dialect()).isEqualTo("sqlite");
        assertThat(new SqliteDdlRenderer().dialect()).isEqualTo("sqlite");
    }

    @Test
    @DisplayName("static capabilities follow the version: generated 3.31, RETURNING 3.35, STRICT 3.37")
    void capabilitiesByVersion() {
        assertThat(strategy.capabilities(identity("SQLite", "3.30.1")).features())
                .doesNotContain("generated-columns", "returning", "strict-tables")
                .contains("views", "triggers", "partial-indexes", "expression-indexes", "foreign-keys");
        assertThat(strategy.capabilities(identity("SQLite", "3.31.0")).features())
                .contains("generated-columns").doesNotContain("returning");
        assertThat(strategy.capabilities(identity("SQLite", "3.35.5")).features())
                .contains("returning", "drop-column").doesNotContain("strict-tables");
        assertThat(strategy.capabilities(identity("SQLite", "3.37.0")).features())
                .contains("strict-tables", "table-list");
        assertThat(strategy.capabilities(identity("SQLite", "3.7.17")).features())
                .doesNotContain("partial-indexes", "without-rowid");
        assertThat(strategy.capabilities(identity("SQLite", "3.54.1")).settings())
                .containsEntry("sqlite_version", "3.54.1");
        assertThat(strategy.capabilities(identity("SQLite", "3.54.1")).features())
                .doesNotContain("sequences", "materialized-views", "routines", "schemas", "comments");
    }

    @Nested
    @DisplayName("classify")
    class Classify {
        @TempDir
        Path dir;

        private SQLException error(Connection c, String sql) {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                return e;
            }
            throw new AssertionError("no error from " + sql);
        }

        @Test
        @DisplayName("real sqlite-jdbc errors: missing objects and syntax, read-only, busy, not a database")
        void realErrors() throws Exception {
            Path file = Fixtures.create(dir.resolve("c.sqlite"), List.of("CREATE TABLE t (a)"));
            try (Connection c = Fixtures.openReadOnly(file)) {
                assertThat(strategy.classify(error(c, "SELECT * FROM nothing"))).isEqualTo(ErrorClass.SYNTAX);
                assertThat(strategy.classify(error(c, "SELECT nope FROM t"))).isEqualTo(ErrorClass.SYNTAX);
                assertThat(strategy.classify(error(c, "SELECT nofn(1)"))).isEqualTo(ErrorClass.SYNTAX);
                assertThat(strategy.classify(error(c, "SELEKT 1"))).isEqualTo(ErrorClass.SYNTAX);
                assertThat(strategy.classify(error(c, "INSERT INTO t VALUES (1)"))).isEqualTo(ErrorClass.PERMISSION);
            }
            try (Connection c = Fixtures.openReadWrite(file)) {
                assertThat(strategy.classify(error(c, "CREATE VIRTUAL TABLE v USING nomod(x)")))
                        .isEqualTo(ErrorClass.SYNTAX);
            }
            try (Connection locker = Fixtures.openReadWrite(file); Connection reader = open(file, "0")) {
                try (Statement st = locker.createStatement()) {
                    st.execute("BEGIN EXCLUSIVE");
                    assertThat(strategy.classify(error(reader, "SELECT * FROM t"))).isEqualTo(ErrorClass.LOCKED);
                    st.execute("ROLLBACK");
                }
            }
            Path garbage = dir.resolve("garbage.sqlite");
            Files.writeString(garbage, "this is not an SQLite database at all, just text".repeat(100));
            try (Connection c = Fixtures.openReadOnly(garbage)) {
                assertThat(strategy.classify(error(c, "SELECT * FROM sqlite_schema")))
                        .as("not a database: reconnecting cannot help").isEqualTo(ErrorClass.OTHER);
            }
            SQLException cantOpen = org.assertj.core.api.Assertions.catchThrowableOfType(
                    () -> Fixtures.openReadOnly(dir.resolve("missing.sqlite")), SQLException.class);
            assertThat(strategy.classify(cantOpen)).as("cannot open: reconnecting cannot help")
                    .isEqualTo(ErrorClass.OTHER);
            Connection closed = Fixtures.openReadOnly(file);
            closed.close();
            assertThat(strategy.classify(error(closed, "SELECT 1"))).isEqualTo(ErrorClass.CONNECTION);
        }

        private Connection open(Path file, String busyTimeout) throws SQLException {
            Properties p = new Properties();
            p.setProperty("open_mode", "65");
            p.setProperty("busy_timeout", busyTimeout);
            return java.sql.DriverManager.getConnection("jdbc:sqlite:" + file, p);
        }

        @Test
        @DisplayName("result codes: extended codes use their primary code; interrupts and timeouts are TIMEOUT")
        void codes() {
            assertThat(strategy.classify(new SQLException("[SQLITE_BUSY] busy", null, 5))).isEqualTo(ErrorClass.LOCKED);
            assertThat(strategy.classify(new SQLException("[SQLITE_LOCKED_SHAREDCACHE] x", null, 262)))
                    .isEqualTo(ErrorClass.LOCKED);
            assertThat(strategy.classify(new SQLException("[SQLITE_AUTH] x", null, 23)))
                    .isEqualTo(ErrorClass.PERMISSION);
            assertThat(strategy.classify(new SQLException("[SQLITE_PERM] x", null, 3)))
                    .isEqualTo(ErrorClass.PERMISSION);
            assertThat(strategy.classify(new SQLException("[SQLITE_IOERR_READ] x", null, 266)))
                    .isEqualTo(ErrorClass.CONNECTION);
            assertThat(strategy.classify(new SQLException("[SQLITE_NOTADB] x", null, 26)))
                    .as("not a database: reconnecting cannot help").isEqualTo(ErrorClass.OTHER);
            assertThat(strategy.classify(new SQLException("[SQLITE_CANTOPEN] x", null, 14)))
                    .as("cannot open: reconnecting cannot help").isEqualTo(ErrorClass.OTHER);
            assertThat(strategy.classify(new SQLException("[SQLITE_INTERRUPT] interrupted", null, 9)))
                    .isEqualTo(ErrorClass.TIMEOUT);
            assertThat(strategy.classify(new SQLTimeoutException("query timed out"))).isEqualTo(ErrorClass.TIMEOUT);
            assertThat(strategy.classify(new SQLException("[SQLITE_BUSY] no vendor code"))).isEqualTo(ErrorClass.LOCKED);
            assertThat(strategy.classify(new SQLException("[SQLITE_CONSTRAINT] x", null, 19)))
                    .isEqualTo(ErrorClass.OTHER);
            assertThat(strategy.classify(new SQLException("[SQLITE_ERROR] SQL error (no such column: x)", null, 1)))
                    .isEqualTo(ErrorClass.SYNTAX);
            assertThat(strategy.classify(new SQLException("[SQLITE_ERROR] SQL error (too many levels)", null, 1)))
                    .isEqualTo(ErrorClass.OTHER);
        }
    }
}
