package org.schemadiscovery.tck;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * SQLite for the compatibility kit: an {@link EmbeddedFileTestServer} of {@code .db} files. Needs sqlite-jdbc on the
 * test class path; shared by the SQLite dialect's kit and the kit's self-test.
 */
public class SqliteTestServer extends EmbeddedFileTestServer {
    /** For the {@code sqlite} dialect. */
    public SqliteTestServer() {
        this("sqlite");
    }

    /** For another dialect id that reads SQLite files (e.g. {@code generic}). */
    public SqliteTestServer(String dialect) {
        // sqlite-jdbc refuses a missing file when the dialect opens it read-only, as it does
        super(dialect, "jdbc:sqlite::memory:", (dir, name) -> "jdbc:sqlite:" + dir.resolve(name + ".db"), "");
    }

    /** sqlite-jdbc leaves a new file empty until the first write. */
    @Override
    protected void initialize(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA user_version = 0");
        }
    }

    /** Opened read-only (SQLITE_OPEN_READONLY): the library refuses every write. */
    @Override
    protected Properties readOnlyProperties(Properties properties) {
        properties.setProperty("open_mode", "1");
        return properties;
    }
}
