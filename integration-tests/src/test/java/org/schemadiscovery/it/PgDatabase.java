package org.schemadiscovery.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A database {@code sd_it_<random>} on the local PostgreSQL 15 server (127.0.0.1:5432, user postgres, trust), and
 * the login roles a test creates for it ({@code sd_it_<tag>_<random>}). {@link #close()} drops the database and
 * every role. The maintenance database {@code postgres} is used only to create and drop.
 */
final class PgDatabase implements AutoCloseable {
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** Helper connections give up instead of hanging when the server misbehaves. */
    private static final String PARAMS = "?user=postgres&connectTimeout=5&socketTimeout=120";

    private final String name;
    private final List<String> roles = new ArrayList<>();

    private PgDatabase(String name) {
        this.name = name;
    }

    /** Creates an empty database. */
    static PgDatabase create() throws SQLException {
        String name = uniqueName("sd_it_");
        try (Connection c = DriverManager.getConnection(SERVER + "postgres" + PARAMS);
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return new PgDatabase(name);
    }

    static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    String name() {
        return name;
    }

    /** URL as the superuser. */
    String url() {
        return SERVER + name + PARAMS;
    }

    /** URL as a role, with an application name that lets a test find the backend in pg_stat_activity. */
    String url(String role, String applicationName) {
        return SERVER + name + "?user=" + role + "&connectTimeout=5&ApplicationName=" + applicationName;
    }

    /** Properties for {@code discover(url, info)}: the superuser and an application name. */
    static Properties as(String role, String applicationName) {
        Properties p = new Properties();
        p.setProperty("user", role);
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("connectTimeout", "5");
        return p;
    }

    /** URL of the database without any parameter (credentials go in properties). */
    String bareUrl() {
        return SERVER + name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    Connection connectAs(String role) throws SQLException {
        return DriverManager.getConnection(url(role, "sd_it_helper"));
    }

    /** Runs the statements in order, each in auto-commit, naming the failing one. */
    PgDatabase exec(String... sql) throws SQLException {
        return exec(List.of(sql));
    }

    PgDatabase exec(List<String> sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                try {
                    st.execute(s);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  in: " + s, e.getSQLState(), e);
                }
            }
        }
        return this;
    }

    /** The first column of the first row. */
    String scalar(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Creates a login role without any privilege; dropped with the database. */
    String createRole(String tag) throws SQLException {
        String role = uniqueName("sd_it_" + tag + "_");
        roles.add(role);
        exec("CREATE ROLE " + role + " LOGIN");
        return role;
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        if (!roles.isEmpty()) {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                st.execute("SET default_transaction_read_only = off");
                for (String role : roles) {
                    st.execute("DROP OWNED BY " + role);
                }
            } catch (SQLException e) {
                failure = e;
            }
        }
        try (Connection c = DriverManager.getConnection(SERVER + "postgres" + PARAMS);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            for (String role : roles) {
                st.execute("DROP ROLE IF EXISTS " + role);
            }
        } catch (SQLException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
