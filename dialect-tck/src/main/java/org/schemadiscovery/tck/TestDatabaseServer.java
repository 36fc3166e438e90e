package org.schemadiscovery.tck;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * How a dialect's test gets databases: where its local default server is, how to create a fresh uniquely named
 * database on a server, and how to name one that does not exist. The kit finds the server URL in this order:
 * the environment variable {@code SCHEMA_DISCOVERY_TCK_<DIALECT>_URL} (e.g.
 * {@code SCHEMA_DISCOVERY_TCK_POSTGRESQL_URL}),
 * else the first of {@link #localDefaultUrls()} that {@link #answers(String) answers}, else a
 * {@link TestDatabaseProvisioner} found through {@link java.util.ServiceLoader}, else no database: the test fails
 * while the system property {@code tck.require} is true (the default) and is skipped otherwise.
 */
public interface TestDatabaseServer {
    /** The dialect id; names the environment variable. */
    String dialect();

    /**
     * Server URLs to try when the environment variable is unset, e.g.
     * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}; an embedded database (SQLite) lists a URL
     * that always answers.
     */
    List<String> localDefaultUrls();

    /** True when a server answers at this URL; by default, when a connection opens and is valid. */
    default boolean answers(String serverUrl) {
        try (Connection c = DriverManager.getConnection(serverUrl)) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Creates a fresh, empty database called {@code name} (lower-case letters, digits and underscores) on the server
     * behind {@code serverUrl}. Closing the returned database drops it.
     */
    TestDatabase create(String serverUrl, String name) throws SQLException;

    /** A URL of that server naming a database that does not exist (the failure group expects a connection error). */
    String missingDatabaseUrl(String serverUrl);

    /**
     * True for an embedded database (a file opened in the test's own process, as SQLite): it has no server session
     * that another client could kill, so the kit's killed-connection scenario does not apply. False by default: a
     * server dialect must run that scenario or name why it cannot.
     */
    default boolean embedded() {
        return false;
    }
}
