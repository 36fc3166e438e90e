package org.schemadiscovery.tck;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A {@link TestDatabase} reached through {@link DriverManager}: connecting and running DDL are done here, dropping
 * and fingerprinting are the dialect's.
 */
public abstract class JdbcTestDatabase implements TestDatabase {
    private final String name;
    private final String jdbcUrl;
    private final Properties properties;

    /**
     * @param name       the database's unique name
     * @param jdbcUrl    its JDBC URL
     * @param properties extra connection properties (copied), or null
     */
    protected JdbcTestDatabase(String name, String jdbcUrl, Properties properties) {
        this.name = Objects.requireNonNull(name, "name");
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.properties = new Properties();
        if (properties != null) {
            this.properties.putAll(properties);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, properties());
    }

    @Override
    public void execute(List<String> statements) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : statements) {
                    st.addBatch(sql);
                }
                st.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("fixture DDL failed in " + name + ": " + e.getMessage() + " [statements: "
                        + abbreviate(statements) + "]", e.getSQLState(), e.getErrorCode(), e);
            }
        }
    }

    private static String abbreviate(List<String> statements) {
        String all = String.join("; ", statements);
        return all.length() > 400 ? all.substring(0, 400) + "..." : all;
    }

    @Override
    public String toString() {
        return name + " (" + jdbcUrl + ")";
    }
}
