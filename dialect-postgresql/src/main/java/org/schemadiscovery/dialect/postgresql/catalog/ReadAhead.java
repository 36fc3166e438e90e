package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.ObjectKind;
import org.schemadiscovery.api.support.SecondConnection;
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
 * itself, which handles those cases.
 */
final class ReadAhead implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReadAhead.class);

    private final DiscoveryContext context;
    private final Map<String, String> sql;
    private final Duration lockTimeout;
    private final String snapshotId;
    private final int snapshotTransaction;
    private final DiscoveryScope scope;
    private final CompletableFuture<IndexesRead> indexes = new CompletableFuture<>();
    private final CompletableFuture<Discovered<ConstraintInfo>> constraints = new CompletableFuture<>();
    private SecondConnection second;

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
     * indexes or constraints, the options allow a second connection and core can open one. The main runner exports
     * its snapshot for that.
     *
     * @return the started read-ahead, or empty when the session reads everything itself
     */
    static Optional<ReadAhead> start(DiscoveryContext context, Map<String, String> sql, Duration lockTimeout,
                                     CatalogRunner main) throws SQLException {
        if (!indexesRun(context.scope()) && !constraintsRun(context.scope()) || !SecondConnection.allowed(context)) {
            main.begin();
            return Optional.empty();
        }
        Optional<String> snapshot = main.beginExporting();
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        ReadAhead readAhead = new ReadAhead(context, sql, lockTimeout, snapshot.get(), main.transactions());
        readAhead.second = SecondConnection.start(context, "schema-discovery-postgresql-read-ahead", readAhead::read)
                .orElse(null);
        return readAhead.second == null ? Optional.empty() : Optional.of(readAhead);
    }

    /** Whether core runs the indexes phase for this scope (it needs tables or views to hang them on). */
    private static boolean indexesRun(DiscoveryScope scope) {
        return scope.includes(ObjectKind.INDEXES)
                && (scope.includes(ObjectKind.TABLES) || scope.includes(ObjectKind.VIEWS));
    }

    /** Whether core runs the constraints phase for this scope (it needs tables). */
    private static boolean constraintsRun(DiscoveryScope scope) {
        return scope.includes(ObjectKind.CONSTRAINTS) && scope.includes(ObjectKind.TABLES);
    }

    /** The indexes read ahead, when they stand for what {@code main} would read for {@code wanted}. */
    Optional<IndexesRead> indexes(DiscoveryScope wanted, CatalogRunner main) {
        return usable(wanted, main) ? second.await(indexes, "indexes", LOG::debug) : Optional.empty();
    }

    /** The constraints read ahead, when they stand for what {@code main} would read for {@code wanted}. */
    Optional<Discovered<ConstraintInfo>> constraints(DiscoveryScope wanted, CatalogRunner main) {
        return usable(wanted, main) ? second.await(constraints, "constraints", LOG::debug) : Optional.empty();
    }

    private boolean usable(DiscoveryScope wanted, CatalogRunner main) {
        return scope.equals(wanted) && main.transactions() == snapshotTransaction && main.skippedOids().isEmpty();
    }

    /**
     * On the second connection: imports the snapshot, reads, ends the transaction; a result is left out when a
     * relation was skipped. The last result is handed out only after the transaction has ended, so the session never
     * closes (and aborts) this connection before its final statement — the recorded statements stay the same every
     * run.
     */
    private void read(Connection connection) throws SQLException {
        CatalogRunner runner = CatalogRunner.importing(context, sql, lockTimeout, connection, snapshotId);
        boolean wantConstraints = constraintsRun(scope);
        IndexesRead indexesRead = null;
        Discovered<ConstraintInfo> constraintsRead = null;
        try {
            runner.begin();
            if (indexesRun(scope)) {
                Map<String, Long> scans = new HashMap<>();
                Discovered<IndexInfo> found = IndexReader.read(runner, scope, scans);
                if (runner.skippedOids().isEmpty()) {
                    indexesRead = new IndexesRead(found, Map.copyOf(scans));
                    if (wantConstraints) {
                        // the session may be waiting for these while the constraints are read
                        indexes.complete(indexesRead);
                    }
                }
            }
            if (wantConstraints && runner.skippedOids().isEmpty()) {
                Discovered<ConstraintInfo> found = ConstraintReader.read(runner, scope);
                if (runner.skippedOids().isEmpty()) {
                    constraintsRead = found;
                }
            }
        } finally {
            try {
                runner.close();
            } catch (SQLException e) {
                LOG.debug("ending the read-ahead transaction failed error={}", e.getMessage());
            }
        }
        if (indexesRead != null) {
            indexes.complete(indexesRead);
        }
        if (constraintsRead != null) {
            constraints.complete(constraintsRead);
        }
    }

    /** Stops reading ahead: a query still running is cut off by aborting the second connection. */
    @Override
    public void close() {
        second.close();
    }
}
