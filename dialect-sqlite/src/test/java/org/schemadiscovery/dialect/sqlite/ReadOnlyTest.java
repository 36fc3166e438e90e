package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.spi.ConnectionSource;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoverySession;

@DisplayName("read-only: discovery never writes")
class ReadOnlyTest {
    @TempDir
    Path dir;

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("a WAL database's bytes and mtime are unchanged; SQLite adds only its empty -wal and the -shm")
    void fileUnchanged() throws Exception {
        Path file = dir.resolve("wal.sqlite");
        List<String> ddl = new ArrayList<>(List.of("PRAGMA journal_mode = WAL"));
        try (Connection c = Fixtures.openReadWrite(file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
        }
        ddl.remove(0);
        ddl.addAll(Fixtures.workload(20));
        Fixtures.create(file, ddl);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
        String before = Fixtures.fingerprint(file);
        List<String> filesBefore = listing(dir);
        try (Connection c = Fixtures.openReadOnly(file)) {
            assertThat(LocalDiscovery.discover(c).tables()).hasSize(20);
        }
        assertThat(Fixtures.fingerprint(file)).isEqualTo(before);
        assertThat(filesBefore).containsExactly("wal.sqlite");
        // A reader of a WAL database needs the shared-memory index; a read-only connection may create the missing
        // sidecar files but cannot delete them. They hold no data.
        assertThat(listing(dir)).containsExactly("wal.sqlite", "wal.sqlite-shm", "wal.sqlite-wal");
        assertThat(Files.size(dir.resolve("wal.sqlite-wal"))).isZero();
    }

    @Test
    @DisplayName("a rollback-journal database: bytes, mtime and directory listing unchanged")
    void journalFileUnchanged() throws Exception {
        Path file = Fixtures.featureFixture(dir);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L));
        String before = Fixtures.fingerprint(file);
        String auxBefore = Fixtures.fingerprint(dir.resolve("aux.sqlite"));
        List<String> filesBefore = listing(dir);
        try (Connection c = Fixtures.openReadOnly(file)) {
            Fixtures.attachAux(c, dir);
            assertThat(LocalDiscovery.discover(c).tables()).hasSize(16);
        }
        assertThat(Fixtures.fingerprint(file)).isEqualTo(before);
        assertThat(Fixtures.fingerprint(dir.resolve("aux.sqlite"))).isEqualTo(auxBefore);
        assertThat(listing(dir)).isEqualTo(filesBefore).containsExactly("aux.sqlite", "features.sqlite");
    }

    @Test
    @DisplayName("the read-only recipe refuses a missing file and creates none")
    void missingFile() {
        Path missing = dir.resolve("missing.sqlite");
        assertThatThrownBy(() -> Fixtures.openReadOnly(missing)).isInstanceOf(SQLException.class)
                .hasMessageContaining("SQLITE_CANTOPEN");
        assertThat(missing).doesNotExist();
    }

    @Test
    @DisplayName("on a writable connection the session refuses writes, then restores query_only and autocommit")
    void sessionRestoresConnection() throws Exception {
        Path file = Fixtures.create(dir.resolve("rw.sqlite"), List.of("CREATE TABLE t (a)"));
        try (Connection c = Fixtures.openReadWrite(file)) {
            DiscoverySession session = new SqliteDiscoveryStrategy().open(context(c));
            assertThat(queryOnly(c)).isEqualTo(1);
            assertThatThrownBy(() -> c.createStatement().execute("CREATE TABLE written (a)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("SQLITE_READONLY");
            assertThat(session.tables(DiscoveryOptions.defaults().scope()).items()).hasSize(1);
            session.close();
            assertThat(queryOnly(c)).isZero();
            assertThat(c.getAutoCommit()).isTrue();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE written (a)");
            }
        }
    }

    @Test
    @DisplayName("a connection that was already query_only stays so")
    void keepsQueryOnly() throws Exception {
        Path file = Fixtures.create(dir.resolve("qo.sqlite"), List.of("CREATE TABLE t (a)"));
        try (Connection c = Fixtures.openReadWrite(file)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = 1");
            }
            c.setAutoCommit(false);
            new SqliteDiscoveryStrategy().open(context(c)).close();
            assertThat(queryOnly(c)).isEqualTo(1);
            assertThat(c.getAutoCommit()).isFalse();
        }
    }

    private static int queryOnly(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA query_only")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static DiscoveryContext context(Connection c) {
        ConnectionSource source = new ConnectionSource() {
            @Override
            public Connection connection() {
                return c;
            }

            @Override
            public boolean canOpen() {
                return false;
            }

            @Override
            public Connection openAnother() {
                throw new UnsupportedOperationException();
            }
        };
        DiscoveryOptions options = DiscoveryOptions.defaults();
        return new DiscoveryContext(source, new DatabaseIdentity("SQLite", "3.54.1", 3, 54, "test", "jdbc:sqlite:",
                "sqlite"), options, Instant.now().plus(options.timeout()), options.statementTimeout(), null, null);
    }
}
