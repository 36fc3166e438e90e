package org.schemadiscovery.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A fresh database {@code sd_it_<random>} on the local MariaDB (or {@code SCHEMA_DISCOVERY_TCK_MYSQL_URL}), dropped
 * by {@link #close()}.
 */
final class MariaDatabase implements AutoCloseable {
    private static final String LOCAL = "jdbc:mariadb://127.0.0.1:3306/?user=root";

    private final String server;
    private final String name;

    private MariaDatabase(String server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Creates the database and runs {@code ddl} in it. */
    static MariaDatabase create(List<String> ddl) throws SQLException {
        String env = System.getenv("SCHEMA_DISCOVERY_TCK_MYSQL_URL");
        MariaDatabase db = new MariaDatabase(env == null || env.isBlank() ? LOCAL : env.strip(),
                PgDatabase.uniqueName("sd_it_"));
        try (Connection c = DriverManager.getConnection(db.server); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db.name);
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : ddl) {
                st.execute(sql);
            }
        }
        return db;
    }

    String name() {
        return name;
    }

    /** The URL of this database: the server URL with the database as its path. */
    String url() {
        int slash = server.indexOf('/', "jdbc:mariadb://".length());
        return server.substring(0, slash + 1) + name + server.substring(slash + 1);
    }

    /** A connection to this database. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** A connection to the server without a default database. */
    Connection connectServer() throws SQLException {
        return DriverManager.getConnection(server);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(server); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
        }
    }
}
