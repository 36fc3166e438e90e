package org.schemadiscovery.it;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource over DriverManager whose behaviour can be switched while a discovery runs: open normally, refuse
 * (SQLSTATE 08001) or hang until interrupted, as a server that went away would.
 */
final class TestDataSource implements DataSource {
    enum Mode { OPEN, REFUSE, HANG }

    private final String url;
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final UnaryOperator<Connection> wrapper;
    private volatile Mode mode = Mode.OPEN;

    TestDataSource(String url) {
        this(url, UnaryOperator.identity());
    }

    /** Hands out {@code wrapper.apply(connection)}, e.g. {@link FaultyConnections#wrap}. */
    TestDataSource(String url, UnaryOperator<Connection> wrapper) {
        this.url = url;
        this.wrapper = wrapper;
    }

    void mode(Mode newMode) {
        this.mode = newMode;
    }

    /** Connections handed out. */
    int opened() {
        return opened.get();
    }

    /** Calls to getConnection, refused and hanging ones included. */
    int attempts() {
        return attempts.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        attempts.incrementAndGet();
        switch (mode) {
            case REFUSE -> throw new SQLException("connection refused (test)", "08001");
            case HANG -> {
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while connecting (test)", "08001", e);
                }
                throw new SQLException("gave up connecting (test)", "08001");
            }
            default -> {
                Connection c = DriverManager.getConnection(url);
                opened.incrementAndGet();
                return wrapper.apply(c);
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
