package org.schemadiscovery.core.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.schemadiscovery.api.spi.ConnectionSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Core's {@link ConnectionSource}: either a caller's bare connection (no reconnects; the caller closes it) or
 * connections core opens itself from a DataSource or URL (reconnect and {@link #openAnother()} allowed; core closes
 * them). Every connection handed out is wrapped by {@link CountingJdbc}.
 */
public final class CoreConnectionSource implements ConnectionSource, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CoreConnectionSource.class);

    /** Opens a raw connection. */
    @FunctionalInterface
    public interface Opener {
        /** A new connection. */
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final CountingJdbc counting;
    private final List<Connection> opened = new ArrayList<>();
    private volatile Connection raw;
    private volatile Connection counted;

    private CoreConnectionSource(Connection raw, Opener opener, CountingJdbc counting) {
        this.opener = opener;
        this.counting = counting;
        this.raw = raw;
        this.counted = counting.wrap(raw);
    }

    /** A source over the caller's connection: {@link #canOpen()} is false and {@link #close()} leaves it open. */
    public static CoreConnectionSource bare(Connection connection, CountingJdbc counting) {
        return new CoreConnectionSource(Objects.requireNonNull(connection, "connection"), null,
                Objects.requireNonNull(counting, "counting"));
    }

    /** Opens the first connection now; core owns (and closes) every connection it opens. */
    public static CoreConnectionSource opening(Opener opener, CountingJdbc counting) throws SQLException {
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(counting, "counting");
        Connection first = opener.open();
        if (first == null) {
            throw new SQLException("the connection factory returned no connection", "08001");
        }
        CoreConnectionSource source = new CoreConnectionSource(first, opener, counting);
        source.track(first);
        return source;
    }

    @Override
    public Connection connection() {
        return counted;
    }

    /** The current connection without counting (identification reads its metadata before wrapping). */
    public Connection raw() {
        return raw;
    }

    @Override
    public boolean canOpen() {
        return opener != null;
    }

    @Override
    public Connection openAnother() throws SQLException {
        if (opener == null) {
            throw new UnsupportedOperationException("a bare connection cannot open others");
        }
        Connection another = opener.open();
        if (another == null) {
            throw new SQLException("the connection factory returned no connection", "08001");
        }
        track(another);
        return counting.wrap(another);
    }

    /**
     * Replaces the current connection with a new one (closing the old one quietly).
     *
     * @throws SQLException when the new connection cannot be opened
     */
    public void reconnect() throws SQLException {
        if (opener == null) {
            throw new UnsupportedOperationException("a bare connection cannot reconnect");
        }
        Connection old = raw;
        closeQuietly(old);
        Connection fresh = opener.open();
        if (fresh == null) {
            throw new SQLException("the connection factory returned no connection", "08001");
        }
        track(fresh);
        raw = fresh;
        counted = counting.wrap(fresh);
    }

    /** Aborts every connection core opened (deadline passed); a bare connection is only cancelled, never aborted. */
    public void abortOwned(Executor executor) {
        counting.cancelAll();
        for (Connection c : snapshot()) {
            try {
                c.abort(executor);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
            }
        }
    }

    /** Closes the connections core opened; a bare connection stays open. */
    @Override
    public void close() {
        for (Connection c : snapshot()) {
            closeQuietly(c);
        }
    }

    private void track(Connection c) {
        synchronized (opened) {
            opened.add(c);
        }
    }

    private List<Connection> snapshot() {
        synchronized (opened) {
            return List.copyOf(opened);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null && !c.isClosed()) {
                c.close();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.atDebug().addKeyValue("error", e.toString()).log("closing a connection failed");
        }
    }
}
