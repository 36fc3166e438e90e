package org.schemadiscovery.cli.watch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A uniquely named database {@code sd_watch_<random>} on the local PostgreSQL, dropped on close. */
final class PgScratch implements AutoCloseable {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PARAMS = "?user=postgres&connectTimeout=5";

    private final String name = "sd_watch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PgScratch() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres" + PARAMS);
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
    }

    String name() {
        return name;
    }

    /** The URL the watch uses: its connections carry {@code applicationName} so a test can find them. */
    String url(String applicationName) {
        return SERVER + name + PARAMS + "&ApplicationName=" + applicationName;
    }

    void exec(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + name + PARAMS); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** Terminates the backends of this application name; how many. */
    int terminate(String applicationName) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres" + PARAMS);
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE datname = '" + name + "' AND application_name = '" + applicationName + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres" + PARAMS);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
