package org.schemadiscovery.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A caller's connection whose first statement matching a predicate runs a long statement on the server instead
 * (e.g. {@code pg_sleep(60)}), through a driver that ignores {@code setQueryTimeout}: only a {@code cancel()}
 * ends it before its time, so a test sees whether core really cancels at the deadline.
 */
final class SlowOnServer {
    private SlowOnServer() {
    }

    /**
     * @param real      the caller's connection
     * @param matches   which prepared SQL text to replace (the first match only)
     * @param slow      the long statement, without parameters
     * @param parameter a condition taking one bind parameter, appended once per {@code ?} of the replaced text
     */
    static Connection wrap(Connection real, Predicate<String> matches, String slow, String parameter) {
        AtomicBoolean done = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(SlowOnServer.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql
                            && matches.test(sql) && done.compareAndSet(false, true)) {
                        StringBuilder text = new StringBuilder(slow);
                        sql.chars().filter(ch -> ch == '?').forEach(ch -> text.append(" AND ").append(parameter));
                        return withoutQueryTimeout(real.prepareStatement(text.toString()));
                    }
                    return invoke(real, method, args);
                });
    }

    private static PreparedStatement withoutQueryTimeout(PreparedStatement target) {
        return (PreparedStatement) Proxy.newProxyInstance(SlowOnServer.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) ->
                        method.getName().equals("setQueryTimeout") ? null : invoke(target, method, args));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
