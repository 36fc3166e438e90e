package bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of the real ones that counts what a peer executes, the way core's proxy counts for us:
 * every {@code execute*} call and every {@code DatabaseMetaData} call that returns a result set is one statement,
 * every {@code ResultSet.next()} that returns true is one row read.
 */
final class CountingDriver implements Driver {
    final AtomicLong statements = new AtomicLong();
    final AtomicLong rows = new AtomicLong();
    private final List<Driver> real;

    private CountingDriver(List<Driver> real) {
        this.real = real;
    }

    /** Replaces every registered driver with one counting driver that delegates to them. */
    static CountingDriver install() throws SQLException {
        List<Driver> real = Collections.list(DriverManager.getDrivers());
        for (Driver d : real) {
            DriverManager.deregisterDriver(d);
        }
        CountingDriver counting = new CountingDriver(List.copyOf(real));
        DriverManager.registerDriver(counting);
        return counting;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        for (Driver d : real) {
            if (d.acceptsURL(url)) {
                Connection c = d.connect(url, info);
                if (c != null) {
                    return wrapConnection(c);
                }
            }
        }
        return null;
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        for (Driver d : real) {
            if (d.acceptsURL(url)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        for (Driver d : real) {
            if (d.acceptsURL(url)) {
                return d.getPropertyInfo(url, info);
            }
        }
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return real.isEmpty() ? 0 : real.get(0).getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return real.isEmpty() ? 0 : real.get(0).getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    private Connection wrapConnection(Connection target) {
        Connection[] self = new Connection[1];
        self[0] = proxy(Connection.class, target, (p, m, args) -> {
            Object result = call(target, m, args);
            if (result instanceof CallableStatement s) {
                return wrapStatement(CallableStatement.class, s, self[0]);
            }
            if (result instanceof PreparedStatement s) {
                return wrapStatement(PreparedStatement.class, s, self[0]);
            }
            if (result instanceof Statement s) {
                return wrapStatement(Statement.class, s, self[0]);
            }
            if (result instanceof DatabaseMetaData md) {
                return wrapMetaData(md, self[0]);
            }
            return result;
        });
        return self[0];
    }

    private <S extends Statement> S wrapStatement(Class<S> type, S target, Connection connection) {
        return proxy(type, target, (p, m, args) -> {
            String name = m.getName();
            if (name.equals("getConnection")) {
                return connection;
            }
            Object result = call(target, m, args);
            if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                statements.addAndGet(result instanceof int[] a ? a.length : ((long[]) result).length);
            } else if (name.startsWith("execute")) {
                statements.incrementAndGet();
            }
            return result instanceof ResultSet rs ? wrapResultSet(rs) : result;
        });
    }

    private DatabaseMetaData wrapMetaData(DatabaseMetaData target, Connection connection) {
        return proxy(DatabaseMetaData.class, target, (p, m, args) -> {
            if (m.getName().equals("getConnection")) {
                return connection;
            }
            Object result = call(target, m, args);
            if (result instanceof ResultSet rs) {
                statements.incrementAndGet();
                return wrapResultSet(rs);
            }
            return result;
        });
    }

    private ResultSet wrapResultSet(ResultSet target) {
        return proxy(ResultSet.class, target, (p, m, args) -> {
            Object result = call(target, m, args);
            if (m.getName().equals("next") && Boolean.TRUE.equals(result)) {
                rows.incrementAndGet();
            }
            return result;
        });
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> {
                    switch (m.getName()) {
                        case "unwrap" -> {
                            Class<?> want = (Class<?>) args[0];
                            return want.isInstance(p) ? p : call(target, m, args);
                        }
                        case "isWrapperFor" -> {
                            return ((Class<?>) args[0]).isInstance(p) || (boolean) call(target, m, args);
                        }
                        case "equals" -> {
                            return p == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(p);
                        }
                        case "toString" -> {
                            return target.toString();
                        }
                        default -> {
                            return handler.invoke(p, m, args);
                        }
                    }
                });
    }
}
