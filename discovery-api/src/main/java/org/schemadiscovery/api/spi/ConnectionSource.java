package org.schemadiscovery.api.spi;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a session gets its connection. Core owns it: the connection it hands out is wrapped to count statements and
 * rows. A session must ask for {@link #connection()} each time rather than keep the object, because core may
 * reconnect between phases.
 */
public interface ConnectionSource {
    /** The current connection. */
    Connection connection();

    /** True when core can open new connections (a DataSource or URL was given), false for a bare Connection. */
    boolean canOpen();

    /**
     * Opens an additional connection to the same database, counted like the main one; the caller closes it.
     *
     * @throws SQLException when it cannot be opened
     * @throws UnsupportedOperationException when {@link #canOpen()} is false
     */
    Connection openAnother() throws SQLException;
}
