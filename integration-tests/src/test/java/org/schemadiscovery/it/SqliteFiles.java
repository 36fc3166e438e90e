package org.schemadiscovery.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** SQLite files for tests: created with statements, fingerprinted, listed. */
final class SqliteFiles {
    /** A fixed past modification time, so that any write shows up as a changed mtime. */
    static final FileTime PAST = FileTime.fromMillis(1_600_000_000_000L);

    private SqliteFiles() {
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    /** Opens read-write (creates the file when missing). */
    static Connection openReadWrite(Path file) throws SQLException {
        return DriverManager.getConnection(url(file));
    }

    /** Opens with SQLITE_OPEN_READONLY: never creates or writes the main file. */
    static Connection openReadOnly(Path file) throws SQLException {
        return DriverManager.getConnection(url(file), readOnly());
    }

    /** sqlite-jdbc's {@code open_mode} for SQLITE_OPEN_READONLY. */
    static Properties readOnly() {
        Properties p = new Properties();
        p.setProperty("open_mode", "1");
        return p;
    }

    /** Creates the file with these statements, run in order in one connection. */
    static Path create(Path file, List<String> statements) throws SQLException {
        try (Connection c = openReadWrite(file); Statement st = c.createStatement()) {
            for (String sql : statements) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  in: " + sql, e.getSQLState(), e);
                }
            }
        }
        return file;
    }

    /** Size, modification time and SHA-256 of the bytes. */
    static String fingerprint(Path file) throws IOException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return Files.size(file) + " bytes, mtime " + Files.getLastModifiedTime(file).toMillis() + ", sha256 "
                    + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file names in a directory, sorted. */
    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
