package org.schemadiscovery.tck;

import java.sql.SQLException;

/**
 * A count of the statements that reached the server on one session, kept below core's counting proxy (see
 * {@link TestDatabase#sentStatements}): the server's own per-session count where it keeps one (MariaDB's session
 * status {@code Questions}), else the driver's log of what it writes to the socket (pgjdbc's {@code FE=>} trace).
 * The kit compares it with core's count, so SQL a plugin sends around core's proxy (an unwrapped raw connection)
 * shows as a difference. Closing it stops the count.
 */
public interface SentStatements extends AutoCloseable {
    /** Statements sent since the count started, the count's own reads excluded. */
    long sinceStart() throws SQLException;

    @Override
    default void close() throws SQLException {
    }
}
