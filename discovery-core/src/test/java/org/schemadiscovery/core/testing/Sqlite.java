package org.schemadiscovery.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** SQLite temp-file helpers. */
public final class Sqlite {
    private Sqlite() {
    }

    /** A new database file in {@code dir} with these statements applied; returns its JDBC URL. */
    public static String create(Path dir, String... ddl) {
        try {
            Path file = Files.createTempFile(dir, "sd-core-", ".sqlite");
            String url = "jdbc:sqlite:" + file;
            try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
                for (String s : ddl) {
                    st.execute(s);
                }
            }
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
