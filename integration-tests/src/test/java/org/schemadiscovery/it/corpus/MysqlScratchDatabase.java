package org.schemadiscovery.it.corpus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A uniquely named database {@code sd_mycorpus_<random>} on the local MariaDB 10.11, emptied between cases by
 * dropping and creating it again (fast on MariaDB). {@link #close()} drops it.
 */
final class MysqlScratchDatabase implements AutoCloseable {
    static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String PARAMS = "?user=root&connectTimeout=5000&socketTimeout=120000";

    private final String name;

    private MysqlScratchDatabase(String name) {
        this.name = name;
    }

    static MysqlScratchDatabase create() throws SQLException {
        MysqlScratchDatabase db = new MysqlScratchDatabase("sd_mycorpus_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        db.reset();
        return db;
    }

    String name() {
        return name;
    }

    String url() {
        return SERVER + name + PARAMS;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** An empty database of the same name. */
    void reset() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + PARAMS); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + name + "`");
            st.execute("CREATE DATABASE `" + name + "`");
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + PARAMS); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }
}
