package org.schemadiscovery.tck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * SQLite for the compatibility kit: every database is a file in its own temporary directory; the fingerprint is the
 * files' bytes and modification times. Needs sqlite-jdbc on the test class path; shared by the SQLite dialect's kit
 * and the kit's self-test.
 */
public class SqliteTestServer implements TestDatabaseServer {
    private final String dialect;

    /** For the {@code sqlite} dialect. */
    public SqliteTestServer() {
        this("sqlite");
    }

    /** For another dialect id that reads SQLite files (e.g. {@code generic}). */
    public SqliteTestServer(String dialect) {
        this.dialect = dialect;
    }

    @Override
    public String dialect() {
        return dialect;
    }

    @Override
    public List<String> localDefaultUrls() {
        return List.of("jdbc:sqlite::memory:");
    }

    @Override
    public TestDatabase create(String serverUrl, String name) throws SQLException {
        try {
            Path dir = Files.createTempDirectory("tck-sqlite-");
            Path file = dir.resolve(name + ".db");
            String url = "jdbc:sqlite:" + file;
            try (Connection c = DriverManager.getConnection(url)) {
                c.createStatement().execute("PRAGMA user_version = 0");
            }
            return new FileDatabase(name, url, dir, file);
        } catch (IOException e) {
            throw new SQLException("cannot create a temporary directory: " + e, e);
        }
    }

    @Override
    public String missingDatabaseUrl(String serverUrl) {
        return "jdbc:sqlite:" + Path.of(System.getProperty("java.io.tmpdir"), "tck-missing-" + UUID.randomUUID(),
                "missing.db");
    }

    /** One database file. */
    static final class FileDatabase extends JdbcTestDatabase {
        private final Path dir;
        private final Path file;

        FileDatabase(String name, String url, Path dir, Path file) {
            super(name, url, null);
            this.dir = dir;
            this.file = file;
        }

        Path file() {
            return file;
        }

        /** Opened read-only (SQLITE_OPEN_READONLY): the library refuses every write. */
        @Override
        public Properties readOnlyProperties() {
            Properties p = properties();
            p.setProperty("open_mode", "1");
            return p;
        }

        @Override
        public String fingerprint() throws IOException, NoSuchAlgorithmException {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            StringBuilder sb = new StringBuilder();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) {
                    FileTime mtime = Files.getLastModifiedTime(p);
                    sb.append(p.getFileName()).append(' ').append(Files.size(p)).append(' ').append(mtime.toMillis())
                            .append(' ').append(HexFormat.of().formatHex(digest.digest(Files.readAllBytes(p))))
                            .append('\n');
                }
            }
            return sb.toString();
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** A file opened in this process: no server session to kill. */
    @Override
    public boolean embedded() {
        return true;
    }
}
