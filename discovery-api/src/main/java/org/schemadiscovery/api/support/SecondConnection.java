package org.schemadiscovery.api.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.schemadiscovery.api.spi.ConnectionSource;
import org.schemadiscovery.api.spi.DiscoveryContext;

/**
 * Work a dialect session runs on a second connection, on a thread of its own, while the session's connection goes on
 * — typically catalog queries that do not depend on the session's, read in the same snapshot. The work hands its
 * results out through futures of its own; {@link #await} waits for one until the run's deadline and answers empty when
 * the work failed or ended without completing it, so the session then reads the same itself.
 *
 * <pre>{@code
 * CompletableFuture<List<Row>> indexes = new CompletableFuture<>();
 * Optional<SecondConnection> second = SecondConnection.start(context, "my-dialect-read-ahead",
 *         c -> indexes.complete(readIndexes(c)));
 * ...
 * List<Row> rows = second.flatMap(s -> s.await(indexes)).orElseGet(() -> readIndexes(sessionConnection));
 * }</pre>
 *
 * <p>The connection comes from {@link ConnectionSource#openAnother()} (counted like the session's) and is closed when
 * the work ends, after a JDBC rollback when the work left auto-commit off (work that opens a transaction with SQL
 * ends it itself). A connection that cannot be had within {@link #OPEN_WAIT} of the session asking for a result (a
 * full pool, say) is given up: the session reads the result itself, and the connection is closed unused whenever it
 * arrives. {@link #close()} aborts the connection of work still running (drivers whose {@code abort} does nothing,
 * such as sqlite-jdbc, finish the running statement first) and waits up to 5 s for the thread. Nothing is shared
 * between instances.
 *
 * <p>The work runs on the run's {@link DiscoveryContext#executor() executor} when the caller supplied one, else on
 * a new daemon thread. An executor that runs the work on the session's own thread (a direct executor such as
 * {@code Runnable::run}) or rejects it means no second connection: {@link #start} answers empty. Work still queued
 * {@link #OPEN_WAIT} after the session first asked for a result (a saturated pool, perhaps busy with the very run
 * that waits) is given up like a connection that does not come, and never opens its connection: the session reads
 * the rest on its one connection, so no executor can make it wait for itself.
 */
public final class SecondConnection implements AutoCloseable {
    private static final long JOIN_MILLIS = 5_000;
    /** How long a session asking for a result waits for the second connection to be opened at all. */
    public static final Duration OPEN_WAIT = Duration.ofSeconds(5);

    /** The work to run on the second connection. */
    @FunctionalInterface
    public interface Work {
        /**
         * Runs on the work's thread.
         *
         * @param connection the second connection, closed by {@link SecondConnection} afterwards
         */
        void run(Connection connection) throws SQLException;
    }

    private final DiscoveryContext context;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    /** Completed once the work has its connection (or has ended without one). */
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final Object lock = new Object();
    private Connection connection;
    private boolean closed;
    /** The thread running the work, while it runs. */
    private Thread worker;
    private boolean started;
    /** True when the executor ran the work on the thread that started it. */
    private boolean inline;
    private volatile Throwable failure;

    private SecondConnection(DiscoveryContext context) {
        this.context = context;
    }

    /** True when the run allows a second connection ({@code maxConnections} at least 2) and core can open one. */
    public static boolean allowed(DiscoveryContext context) {
        return context.options().maxConnections() > 1 && context.connections().canOpen();
    }

    /**
     * Starts the work on the run's executor, or on a new daemon thread, which opens the second connection itself,
     * so the caller does not wait for it.
     *
     * @param threadName the thread's name when it gets a thread of its own, e.g.
     *                   {@code schema-discovery-postgresql-read-ahead}
     * @return the running work, or empty when {@link #allowed} is false or the executor rejected the work or ran it
     *         on this thread
     */
    public static Optional<SecondConnection> start(DiscoveryContext context, String threadName, Work work) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(threadName, "threadName");
        Objects.requireNonNull(work, "work");
        if (!allowed(context)) {
            return Optional.empty();
        }
        Executor executor = context.executor();
        SecondConnection second = new SecondConnection(context);
        Thread caller = Thread.currentThread();
        Runnable task = () -> second.runOn(caller, work);
        if (executor == null) {
            Thread t = new Thread(task, threadName);
            t.setDaemon(true);
            t.start();
            return Optional.of(second);
        }
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            second.giveUpUnstarted();
            return Optional.empty();
        }
        synchronized (second.lock) {
            if (second.inline) {
                return Optional.empty();
            }
        }
        return Optional.of(second);
    }

    /**
     * Waits until the future completes, the work ends or the run's deadline passes.
     *
     * @return the future's value; empty when it completed with null or exceptionally, the work ended without
     *         completing it, the deadline passed or the waiting thread was interrupted
     */
    public <T> Optional<T> await(CompletableFuture<T> future) {
        synchronized (lock) {
            if (closed && !connected.isDone()) {
                return Optional.empty();
            }
        }
        try {
            long openMillis = Math.max(1, Math.min(context.remaining().toMillis(), OPEN_WAIT.toMillis()));
            connected.get(openMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            long millis = Math.max(1, context.remaining().toMillis());
            CompletableFuture.anyOf(future, finished).get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // a failed or late result: the caller reads it itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (!future.isDone() || future.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.ofNullable(future.getNow(null));
    }

    /**
     * {@link #await(CompletableFuture)}, telling {@code whyMissing} when the result is missing and the session reads
     * it itself, e.g. {@code second.await(indexes, "indexes", LOG::debug)} logs
     * {@code nothing read ahead; the session reads it itself what=indexes error=none}.
     *
     * @param what names the result in the message
     */
    public <T> Optional<T> await(CompletableFuture<T> future, String what, Consumer<String> whyMissing) {
        Optional<T> found = await(future);
        if (found.isEmpty()) {
            whyMissing.accept("nothing read ahead; the session reads it itself what=" + what + " error="
                    + failure().map(String::valueOf).orElse("none"));
        }
        return found;
    }

    /** Gives the work up before it had a connection: it will close the connection unused when it gets one. */
    private void abandon() {
        synchronized (lock) {
            closed = true;
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    /** Marks work that never started (rejected, or run on the caller's thread) as ended. */
    private void giveUpUnstarted() {
        synchronized (lock) {
            closed = true;
        }
        connected.complete(null);
        finished.complete(null);
    }

    private void runOn(Thread caller, Work work) {
        boolean runs;
        synchronized (lock) {
            inline = Thread.currentThread() == caller;
            runs = !inline && !closed;
            if (runs) {
                started = true;
                worker = Thread.currentThread();
            }
        }
        if (!runs) {
            giveUpUnstarted();
            return;
        }
        try {
            run(work);
        } finally {
            synchronized (lock) {
                worker = null;
            }
            // a pool thread goes back without an interrupt meant for this work
            Thread.interrupted();
        }
    }

    private void run(Work work) {
        try {
            Connection c = context.connections().openAnother();
            synchronized (lock) {
                if (closed) {
                    quietlyClose(c);
                    return;
                }
                connection = c;
            }
            connected.complete(null);
            work.run(c);
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } finally {
            synchronized (lock) {
                if (connection != null) {
                    quietlyClose(connection);
                    connection = null;
                }
            }
            connected.complete(null);
            finished.complete(null);
        }
    }

    /** Why the work failed (opening the connection or the work itself), once it has ended; empty otherwise. */
    public Optional<Throwable> failure() {
        return finished.isDone() ? Optional.ofNullable(failure) : Optional.empty();
    }

    /** Stops the work (aborting its connection when it is still running) and waits for its thread. */
    @Override
    public void close() {
        Connection running;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            running = connection;
        }
        if (running != null && !finished.isDone()) {
            try {
                running.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                // the join below still bounds the wait
            }
        }
        synchronized (lock) {
            if (!started) {
                // never started (still queued): it will see closed and end without a connection
                return;
            }
            if (!connected.isDone() && worker != null) {
                // still waiting for its connection (a pool may wait long): stop that wait
                worker.interrupt();
            }
        }
        try {
            finished.get(JOIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // bounded wait: the work ends on its own once its aborted statement returns
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void quietlyClose(Connection c) {
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException | RuntimeException e) {
            // closing below ends the transaction too
        }
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            // nothing left to release
        }
    }
}
