package org.schemadiscovery.tck;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * One fresh, uniquely named database created for one test by a {@link TestDatabaseServer}; {@link #close()} drops
 * it. {@link JdbcTestDatabase} implements everything but dropping and the fingerprint.
 */
public interface TestDatabase extends AutoCloseable {
    /** The database's unique name (a file name for file databases). */
    String name();

    /** JDBC URL of this database, including the credentials the server needs (e.g. {@code ?user=postgres}). */
    String jdbcUrl();

    /** Extra connection properties passed with the URL; empty when the URL says everything. */
    Properties properties();

    /** A new read-write connection; the caller closes it. */
    Connection connect() throws SQLException;

    /**
     * Connection properties under which the server itself refuses every write: a read-only default transaction
     * (PostgreSQL), a read-only session (MariaDB), a read-only open (SQLite). The kit discovers with these, so a
     * write its statement check cannot see ({@code nextval}, {@code SELECT INTO}, {@code DO}) fails on the server.
     * By default {@link #properties()}, which guards nothing: the read-only group then fails, naming this method.
     */
    default Properties readOnlyProperties() {
        return properties();
    }

    /** A new connection with {@link #readOnlyProperties()}; the caller closes it. */
    default Connection connectReadOnly() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), readOnlyProperties());
    }

    /**
     * Starts counting the statements that reach the server on {@code session} (an open connection of this database),
     * independently of core's counting proxy: the kit's scale group discovers through {@code session} and expects
     * exactly core's count, so a plugin that sends SQL around the proxy fails. Empty by default, where neither the
     * server nor the driver keeps such a count: that test then skips for an embedded database and fails for a server
     * one, naming this method.
     */
    default Optional<SentStatements> sentStatements(Connection session) throws SQLException {
        return Optional.empty();
    }

    /**
     * Runs statements in order, batched, in one transaction where the database has transactional DDL: this is how
     * the scale group creates 1000 tables quickly.
     */
    void execute(List<String> statements) throws SQLException;

    /**
     * A value that changes when anything in the database is written: e.g. the file's bytes and modification time
     * (SQLite), or a checksum over the catalog and the table data (server databases). The read-only group compares
     * it before and after discovery.
     */
    String fingerprint() throws Exception;

    /** Drops the database. */
    @Override
    void close() throws Exception;
}
