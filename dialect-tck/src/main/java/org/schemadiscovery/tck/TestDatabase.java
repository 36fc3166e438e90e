package org.schemadiscovery.tck;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
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
