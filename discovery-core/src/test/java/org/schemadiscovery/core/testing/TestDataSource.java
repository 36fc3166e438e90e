package org.schemadiscovery.core.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A DataSource over a JDBC URL that counts connections and can fail the next N opens. */
public class TestDataSource implements DataSource {
    private final String url;
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();

    public TestDataSource(String url) {
        this.url = url;
    }

    public int opened() {
        return opened.get();
    }

    public void failNext(int n) {
        failNext.set(n);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new SQLException("Connection refused (test)", "08001");
        }
        opened.incrementAndGet();
        return DriverManager.getConnection(url);
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
    public Logger getParentLogger() {
        return Logger.getGlobal();
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
