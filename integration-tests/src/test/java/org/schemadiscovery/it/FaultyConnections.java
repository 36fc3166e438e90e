package org.schemadiscovery.it;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Connections that misbehave on chosen SQL texts, the way a real driver or server does: a statement that runs
 * into the server's statement timeout, one that blocks until it is cancelled (a socket read), and one that blocks
 * and ignores cancel and interrupts alike (a driver stuck in native code). Everything else is the real connection.
 */
final class FaultyConnections {
    enum Fault {
        /** Runs {@code pg_sleep(30)} on the server instead, so the statement's own timeout ends it (57014). */
        SLOW_ON_SERVER,
        /**
         * Blocks until the statement is cancelled or closed or its connection closed or aborted, then fails with
         * 57014; interrupts do not end it (a blocked socket read does not notice them).
         */
        HANG_UNTIL_CANCEL,
        /** Blocks for 60 s whatever happens: cancel, close and interrupts alike. */
        HANG_IGNORING_EVERYTHING
    }

    private final Predicate<String> matches;
    private final Fault fault;
    private final AtomicInteger remaining;
    /** {@code cancel()} calls on faulty statements. */
    final AtomicInteger cancels = new AtomicInteger();
    /** {@code close()} calls on faulty statements, apart from cancels. */
    final AtomicInteger closes = new AtomicInteger();
    final List<String> faulted = new CopyOnWriteArrayList<>();

    /**
     * @param matches which SQL texts misbehave
     * @param fault   how
     * @param times   how many executions misbehave before the rest run normally
     */
    FaultyConnections(Predicate<String> matches, Fault fault, int times) {
        this.matches = matches;
        this.fault = fault;
        this.remaining = new AtomicInteger(times);
    }

    Connection wrap(Connection real) {
        CountDownLatch closed = new CountDownLatch(1);
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("close") || name.equals("abort")) {
                        closed.countDown();
                    }
                    if (name.equals("prepareStatement") && args != null && args[0] instanceof String sql
                            && matches.test(sql) && remaining.getAndDecrement() > 0) {
                        faulted.add(sql);
                        return faulty(real, sql, closed);
                    }
                    return invoke(real, method, args);
                });
    }

    private PreparedStatement faulty(Connection real, String sql, CountDownLatch connectionClosed)
            throws SQLException {
        if (fault == Fault.SLOW_ON_SERVER) {
            int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
            StringBuilder slow = new StringBuilder("SELECT 1 FROM pg_catalog.pg_sleep(30) WHERE true");
            for (int i = 0; i < parameters; i++) {
                slow.append(" AND ?::text IS NOT NULL");
            }
            return real.prepareStatement(slow.toString());
        }
        PreparedStatement target = real.prepareStatement(sql);
        CountDownLatch cancelled = new CountDownLatch(1);
        InvocationHandler h = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("cancel")) {
                cancels.incrementAndGet();
                cancelled.countDown();
            } else if (name.equals("close")) {
                closes.incrementAndGet();
                cancelled.countDown();
            }
            if (name.startsWith("execute")) {
                if (fault == Fault.HANG_UNTIL_CANCEL) {
                    boolean interrupted = false;
                    while (cancelled.getCount() > 0 && connectionClosed.getCount() > 0) {
                        try {
                            cancelled.await(20, TimeUnit.MILLISECONDS);
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    throw new SQLException("ERROR: canceling statement due to user request (test)", "57014");
                }
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                boolean interrupted = false;
                while (System.nanoTime() < end) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                throw new SQLException("gave up (test)", "08006");
            }
            return invoke(target, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
