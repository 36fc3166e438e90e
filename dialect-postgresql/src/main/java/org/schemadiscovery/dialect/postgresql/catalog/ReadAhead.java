package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.ObjectKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads indexes and constraints ahead, on a second connection whose transaction imports the session's snapshot (as
 * {@code pg_dump -j} does), while the session's own connection reads relations and columns: the two halves of a
 * discovery run take about as long each, and neither waits for the other's round trips.
 *
 * <p>A result read ahead is handed out only when it means exactly what the session would have read itself: the same
 * scope, the same snapshot (no reconnect since), and no relation left out on either connection (locked, or dropped by
 * another session). Otherwise — or when the second connection cannot be opened or fails — the session runs the query
 * itself, which handles those cases. One thread per session, ended by {@link #close()}; no state is shared with other
 * sessions.
 */
final class ReadAhead implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReadAhead.class);
    /** How long {@link #close()} waits for the thread after aborting its connection. */
    private static final long JOIN_MILLIS = 5_000;

    private final DiscoveryContext context;
    private final Map<String, String> sql;
    private final Duration lockTimeout;
    private final String snapshotId;
    private final int snapshotTransaction;
    private final DiscoveryScope scope;
    private final CompletableFuture<Optional<IndexesRead>> indexes = new CompletableFuture<>();
    private final CompletableFuture<Optional<Discovered<ConstraintInfo>>> constraints = new CompletableFuture<>();
    private final Object lock = new Object();
    private Connection connection;
    private boolean closed;
    private Thread thread;

    /** Indexes read ahead, with their scan counts. */
    record IndexesRead(Discovered<IndexInfo> indexes, Map<String, Long> scans) {
    }

    private ReadAhead(DiscoveryContext context, Map<String, String> sql, Duration lockTimeout, String snapshotId,
                      int snapshotTransaction) {
        this.context = context;
        this.sql = sql;
        this.lockTimeout = lockTimeout;
        this.snapshotId = snapshotId;
        this.snapshotTransaction = snapshotTransaction;
        this.scope = context.scope();
    }

    /**
     * Opens the main runner's snapshot transaction and starts reading ahead when it can help: the scope asks for
     * indexes or constraints, the options allow a second connection and core can open one. The main runner exports its snapshot for that.
     *
     * @return the started read-ahead, or empty when the session reads everything itself
     */
    static Optional<ReadAhead> start(DiscoveryContext context, Map<String, String> sql, Duration lockTimeout,
                                     CatalogRunner main) throws SQLException {
        if (!wanted(context)) {
            main.begin();
            return Optional.empty();
        }
        Optional<String> snapshot = main.beginExporting();
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        ReadAhead readAhead = new ReadAhead(context, sql, lockTimeout, snapshot.get(), main.transactions());
        Thread t = new Thread(readAhead::run, "schema-discovery-postgresql-read-ahead");
        t.setDaemon(true);
        readAhead.thread = t;
        t.start();
        return Optional.of(readAhead);
    }

    private static boolean wanted(DiscoveryContext context) {
        DiscoveryScope scope = context.scope();
        return (scope.includes(ObjectKind.INDEXES) || scope.includes(ObjectKind.CONSTRAINTS))
                && context.options().maxConnections() > 1 && context.connections().canOpen();
    }

    /** The indexes read ahead, when they stand for what {@code main} would read for {@code wanted}. */
    Optional<IndexesRead> indexes(DiscoveryScope wanted, CatalogRunner main) {
        return usable(wanted, main) ? await(indexes, "indexes") : Optional.empty();
    }

    /** The constraints read ahead, when they stand for what {@code main} would read for {@code wanted}. */
    Optional<Discovered<ConstraintInfo>> constraints(DiscoveryScope wanted, CatalogRunner main) {
        return usable(wanted, main) ? await(constraints, "constraints") : Optional.empty();
    }

    private boolean usable(DiscoveryScope wanted, CatalogRunner main) {
        return scope.equals(wanted) && main.transactions() == snapshotTransaction && main.skippedOids().isEmpty();
    }

    private <T> Optional<T> await(CompletableFuture<Optional<T>> future, String what) {
        try {
            long millis = Math.max(1, context.remaining().toMillis());
            return future.get(millis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            LOG.debug("reading ahead failed; the session reads them itself what={} error={}", what,
                    String.valueOf(e.getCause()));
            return Optional.empty();
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void run() {
        CatalogRunner runner = null;
        try {
            Connection c = context.connections().openAnother();
            synchronized (lock) {
                if (closed) {
                    quietlyClose(c);
                    throw new IllegalStateException("the session closed before reading ahead began");
                }
                connection = c;
            }
            runner = CatalogRunner.importing(context, sql, lockTimeout, c, snapshotId);
            runner.begin();
            if (scope.includes(ObjectKind.INDEXES)) {
                Map<String, Long> scans = new HashMap<>();
                Discovered<IndexInfo> found = IndexReader.read(runner, scope, scans);
                indexes.complete(runner.skippedOids().isEmpty()
                        ? Optional.of(new IndexesRead(found, Map.copyOf(scans))) : Optional.empty());
            }
            if (scope.includes(ObjectKind.CONSTRAINTS)) {
                Discovered<ConstraintInfo> found = ConstraintReader.read(runner, scope);
                constraints.complete(runner.skippedOids().isEmpty() ? Optional.of(found) : Optional.empty());
            }
        } catch (SQLException | RuntimeException | Error e) {
            indexes.completeExceptionally(e);
            constraints.completeExceptionally(e);
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            indexes.complete(Optional.empty());
            constraints.complete(Optional.empty());
            if (runner != null) {
                try {
                    runner.close();
                } catch (SQLException e) {
                    LOG.debug("ending the read-ahead transaction failed error={}", e.getMessage());
                }
            }
            synchronized (lock) {
                if (connection != null) {
                    quietlyClose(connection);
                    connection = null;
                }
            }
        }
    }

    /**
     * Stops reading ahead: a query still running is cut off by aborting the second connection, and the thread is
     * awaited. Safe to call more than once.
     */
    @Override
    public void close() {
        Connection running;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            running = indexes.isDone() && constraints.isDone() ? null : connection;
        }
        if (running != null) {
            try {
                running.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                LOG.debug("aborting the read-ahead connection failed error={}", e.getMessage());
            }
        }
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("closing the read-ahead connection failed error={}", e.getMessage());
        }
    }
}
