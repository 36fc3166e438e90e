package org.schemadiscovery.tck;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

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
}
