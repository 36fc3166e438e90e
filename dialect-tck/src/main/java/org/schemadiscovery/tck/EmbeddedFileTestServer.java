package org.schemadiscovery.tck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
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
 * An embedded database for the compatibility kit: every test database is a file in a temporary directory of its own,
 * dropped with the directory; the fingerprint is the files' names, sizes, modification times and bytes. A file, not an
 * in-memory database, because the registration group rediscovers the test database from a forked JVM, which cannot
 * see the test's memory.
 *
 * <pre>{@code
 * // H2: a database is name.mv.db; the URL names the path without the suffix, IFEXISTS refuses a missing one
 * new EmbeddedFileTestServer("h2", "jdbc:h2:mem:", (dir, name) -> "jdbc:h2:" + dir.resolve(name), ";IFEXISTS=TRUE")
 * }</pre>
 */
public class EmbeddedFileTestServer implements TestDatabaseServer {
    /** The URL of a database file, e.g. {@code (dir, name) -> "jdbc:sqlite:" + dir.resolve(name + ".db")}. */
    @FunctionalInterface
    public interface FileUrl {
        /** The URL of the test database {@code name} kept in {@code dir}. */
        String of(Path dir, String name);
    }

    private final String dialect;
    private final String probeUrl;
    private final FileUrl fileUrl;
    private final String refuseMissing;

    /**
     * @param dialect       the dialect id
     * @param probeUrl      a URL that answers whenever the driver is on the class path, e.g. an in-memory database
     * @param fileUrl       the URL of the database file in a directory
     * @param refuseMissing what to append to that URL so that opening a missing file fails instead of creating it
     *                      (e.g. H2's {@code ;IFEXISTS=TRUE}); empty when the driver refuses by itself
     */
    public EmbeddedFileTestServer(String dialect, String probeUrl, FileUrl fileUrl, String refuseMissing) {
        this.dialect = dialect;
        this.probeUrl = probeUrl;
        this.fileUrl = fileUrl;
        this.refuseMissing = refuseMissing;
    }

    @Override
    public String dialect() {
        return dialect;
    }

    @Override
    public List<String> localDefaultUrls() {
        return List.of(probeUrl);
    }

    @Override
    public TestDatabase create(String serverUrl, String name) throws SQLException {
        try {
            Path dir = Files.createTempDirectory("tck-" + dialect + "-");
            String url = fileUrl.of(dir, name);
            try (Connection c = DriverManager.getConnection(url)) {
                initialize(c);
            }
            return new FileDatabase(name, url, dir);
        } catch (IOException e) {
            throw new SQLException("cannot create a temporary directory: " + e, e);
        }
    }

    /**
     * Writes the new database's file (called once, on a connection of its own), so that the file exists before the
     * first test connection. By default nothing: most drivers write the file when they create the database.
     */
    protected void initialize(Connection connection) throws SQLException {
    }

    @Override
    public String missingDatabaseUrl(String serverUrl) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "tck-missing-" + UUID.randomUUID());
        return fileUrl.of(dir, "missing") + refuseMissing;
    }

    /** A file opened in this process: no server session to kill. */
    @Override
    public boolean embedded() {
        return true;
    }

    /**
     * What changes when anything in the database is written: by default the names, sizes, modification times and
     * bytes of the files in its directory. A database that rewrites its file when a reader closes it (H2's MVStore
     * does) overrides this with a dump of the content, e.g. H2's {@code SCRIPT}.
     */
    protected String fingerprint(Path dir, String url) throws Exception {
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

    /**
     * The connection properties (a copy of the test database's, to change and return) under which the driver refuses
     * every write, e.g. SQLite's {@code open_mode=1} or H2's {@code ACCESS_MODE_DATA=r}: every kit discovery uses
     * them. By default unchanged, which guards nothing: the read-only group then fails.
     */
    protected Properties readOnlyProperties(Properties properties) {
        return properties;
    }

    /** The database files in one directory. */
    private final class FileDatabase extends JdbcTestDatabase {
        private final Path dir;

        FileDatabase(String name, String url, Path dir) {
            super(name, url, null);
            this.dir = dir;
        }

        @Override
        public Properties readOnlyProperties() {
            return EmbeddedFileTestServer.this.readOnlyProperties(properties());
        }

        @Override
        public String fingerprint() throws Exception {
            return EmbeddedFileTestServer.this.fingerprint(dir, jdbcUrl());
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
}
