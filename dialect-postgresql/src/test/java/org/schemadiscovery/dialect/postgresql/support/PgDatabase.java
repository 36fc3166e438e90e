package org.schemadiscovery.dialect.postgresql.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A freshly created database {@code sd_pg_<random>} on the local PostgreSQL server (127.0.0.1:5432, user postgres),
 * dropped on close. The maintenance database {@code postgres} is only used to create and drop it.
 */
public final class PgDatabase implements AutoCloseable {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String PARAMS = "?user=postgres&connectTimeout=5";
    private final String name;
    private final List<String> roles = new ArrayList<>();

    private PgDatabase(String name) {
        this.name = name;
    }

    /** Creates an empty database. */
    public static PgDatabase create() throws SQLException {
        String name = "sd_pg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres" + PARAMS);
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return new PgDatabase(name);
    }

    /** The database name. */
    public String name() {
        return name;
    }

    /** JDBC URL of the database. */
    public String url() {
        return SERVER + name + PARAMS;
    }

    /** JDBC URL of the database for another login role (trust authentication). */
    public String urlAs(String role) {
        return SERVER + name + "?user=" + role + "&connectTimeout=5";
    }

    /**
     * Creates a login role {@code <name>_<tag>} without any privilege (roles are cluster-wide: the database's random
     * name keeps it unique); its privileges are dropped and the role removed on close.
     */
    public String createRole(String tag) throws SQLException {
        String role = name + "_" + tag;
        exec("CREATE ROLE " + role + " LOGIN");
        roles.add(role);
        return role;
    }

    /** A new connection (auto-commit). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** Runs each statement (a statement may hold several commands separated by semicolons). */
    public PgDatabase exec(String... sql) throws SQLException {
        return exec(List.of(sql));
    }

    /** Runs each statement in order. */
    public PgDatabase exec(List<String> sql) throws SQLException {
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

    /**
     * Runs a test resource script as one multi-command string in the simple query protocol, so the server splits
     * it (the driver's own splitting does not know {@code BEGIN ATOMIC} bodies).
     */
    public PgDatabase script(String resource) throws SQLException {
        return sql(resource(resource));
    }

    /** Runs a multi-command SQL text in the simple query protocol. */
    public PgDatabase sql(String text) throws SQLException {
        try (Connection c = DriverManager.getConnection(url() + "&preferQueryMode=simple");
             Statement st = c.createStatement()) {
            st.execute(text);
        }
        return this;
    }

    /** A test resource as text. */
    public static String resource(String resource) {
        try (InputStream in = PgDatabase.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Drops the database, then the roles created for it. The roles' objects and privileges go first (CASCADE: a
     * test's role may own a schema holding objects of other roles), and the database and roles are dropped even when
     * that fails, so that no cluster-wide role outlives the test.
     */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        if (!roles.isEmpty()) {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                for (String role : roles) {
                    st.execute("DROP OWNED BY " + role + " CASCADE");
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
            if (failure != null) {
                e.addSuppressed(failure);
            }
            throw e;
        }
        if (failure != null) {
            throw failure;
        }
    }
}
