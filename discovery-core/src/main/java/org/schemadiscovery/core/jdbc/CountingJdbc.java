package org.schemadiscovery.core.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import org.schemadiscovery.api.spi.CountedResultSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps JDBC objects in {@link Proxy}s that count statements (with their SQL text), metadata calls returning result
 * sets (as {@code metadata:getColumns}) and rows read, so core measures every plugin the same way. Statements created
 * through a wrapped connection get the run's query timeout and can be cancelled together when the deadline passes.
 */
public final class CountingJdbc {
    private static final Logger LOG = LoggerFactory.getLogger(CountingJdbc.class);
    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final StatementCounter counter;
    private final IntSupplier queryTimeoutSeconds;
    private final Set<Statement> open = ConcurrentHashMap.newKeySet();

    /**
     * @param counter             where counts go
     * @param queryTimeoutSeconds timeout applied to each new statement; 0 or less leaves the driver default
     */
    public CountingJdbc(StatementCounter counter, IntSupplier queryTimeoutSeconds) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.queryTimeoutSeconds = Objects.requireNonNull(queryTimeoutSeconds, "queryTimeoutSeconds");
    }

    /** A counter without query timeouts. */
    public CountingJdbc(StatementCounter counter) {
        this(counter, () -> 0);
    }

    /** The counter. */
    public StatementCounter counter() {
        return counter;
    }

    /** A counting view of the connection. */
    public Connection wrap(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        if (Proxy.isProxyClass(connection.getClass())
                && Proxy.getInvocationHandler(connection) instanceof Handler h && h.owner() == this) {
            return connection;
        }
        return proxy(Connection.class, new Handler(connection, Kind.CONNECTION, null, null, counter.channel()));
    }

    /** Cancels every statement currently open through this counter (used when the deadline passes). */
    public void cancelAll() {
        for (Statement s : List.copyOf(open)) {
            try {
                s.cancel();
            } catch (SQLException | RuntimeException e) {
                LOG.atDebug().addKeyValue("error", e.toString()).log("statement cancel failed");
            }
        }
    }

    private <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(CountingJdbc.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private enum Kind { CONNECTION, STATEMENT, METADATA, RESULT_SET }

    private final class Handler implements InvocationHandler {
        private final Object target;
        private final Kind kind;
        private final String sql;
        private final Object parent;
        private final List<String> batch = new ArrayList<>();
        /** The statement-text channel of the connection this object belongs to. */
        private final int channel;

        Handler(Object target, Kind kind, String sql, Object parent, int channel) {
            this.target = target;
            this.kind = kind;
            this.sql = sql;
            this.parent = parent;
            this.channel = channel;
        }

        CountingJdbc owner() {
            return CountingJdbc.this;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (method.getDeclaringClass() == Object.class) {
                return switch (name) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "counting " + target;
                };
            }
            if (("unwrap".equals(name) || "isWrapperFor".equals(name)) && args != null && args.length == 1
                    && args[0] instanceof Class<?> c && c.isInstance(proxy)) {
                return "unwrap".equals(name) ? proxy : Boolean.TRUE;
            }
            if (kind == Kind.RESULT_SET && method.getDeclaringClass() == CountedResultSet.class) {
                return target; // direct(): the driver's result set, for reading columns without this handler
            }
            switch (kind) {
                case STATEMENT -> beforeStatement(name, args);
                case METADATA -> {
                    if (method.getReturnType() == ResultSet.class) {
                        counter.statement(channel, "metadata:" + name);
                    }
                }
                default -> {
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (kind == Kind.RESULT_SET) {
                // the hot path: getters return as they are
                if ("next".equals(name)) {
                    if (Boolean.TRUE.equals(result)) {
                        counter.row();
                    }
                    return result;
                }
                return "getStatement".equals(name) && parent != null ? parent : result;
            }
            if (kind == Kind.STATEMENT && "close".equals(name)) {
                open.remove((Statement) proxy);
                return result;
            }
            return wrapResult(proxy, method, args, result);
        }

        private void beforeStatement(String name, Object[] args) {
            if ("addBatch".equals(name) && args != null && args.length == 1 && args[0] instanceof String s) {
                synchronized (batch) {
                    batch.add(s);
                }
                return;
            }
            if ("clearBatch".equals(name)) {
                synchronized (batch) {
                    batch.clear();
                }
                return;
            }
            if (!EXECUTE.contains(name)) {
                return;
            }
            String text;
            if (args != null && args.length > 0 && args[0] instanceof String s) {
                text = s;
            } else if (name.endsWith("Batch")) {
                synchronized (batch) {
                    text = sql != null ? sql : String.join("; ", batch);
                    batch.clear();
                }
            } else {
                text = sql;
            }
            counter.statement(channel, text);
        }

        private Object wrapResult(Object proxy, Method method, Object[] args, Object result) {
            if (result == null) {
                return null;
            }
            Class<?> type = method.getReturnType();
            String name = method.getName();
            if (type == ResultSet.class) {
                Object owner = kind == Kind.STATEMENT ? proxy : null;
                return proxy(CountedResultSet.class, new Handler(result, Kind.RESULT_SET, null, owner, channel));
            }
            if (type == Connection.class && "getConnection".equals(name)) {
                return connectionProxy(proxy, result);
            }
            if (kind == Kind.CONNECTION) {
                if (type == DatabaseMetaData.class) {
                    return proxy(DatabaseMetaData.class, new Handler(result, Kind.METADATA, null, proxy, channel));
                }
                if (type == Statement.class || type == PreparedStatement.class || type == CallableStatement.class) {
                    String text = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                    Statement wrapped = (Statement) proxy(type,
                            new Handler(result, Kind.STATEMENT, text, proxy, channel));
                    applyTimeout((Statement) result);
                    open.add(wrapped);
                    return wrapped;
                }
            }
            return result;
        }

        private Object connectionProxy(Object proxy, Object result) {
            if (kind == Kind.CONNECTION) {
                return proxy;
            }
            return parent instanceof Connection ? parent : result;
        }

        private void applyTimeout(Statement statement) {
            int seconds = queryTimeoutSeconds.getAsInt();
            if (seconds <= 0) {
                return;
            }
            try {
                statement.setQueryTimeout(seconds);
            } catch (SQLException | RuntimeException e) {
                LOG.atDebug().addKeyValue("error", e.toString()).log("driver rejected setQueryTimeout");
            }
        }
    }
}
