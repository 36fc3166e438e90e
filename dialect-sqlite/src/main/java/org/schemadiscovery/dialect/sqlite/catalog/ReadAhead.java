package org.schemadiscovery.dialect.sqlite.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.ObjectKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads index keys and foreign keys of the {@code main} schema ahead, on a second connection, while the session's
 * connection reads definitions and columns. SQLite parses the whole schema on every new connection and answers the
 * pragma functions on one core, so the two halves overlap on two.
 *
 * <p>The rows are handed out only when they mean exactly what the session would read itself: its schemas are
 * {@code main} alone (a new connection has no attached databases and no temp objects), and the schema cookie
 * ({@code schema_version}) seen by both read transactions is the same. Otherwise — or when the second connection
 * cannot be opened or fails — the session reads them itself. One thread per session, ended by {@link #close()}.
 */
public final class ReadAhead implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReadAhead.class);
    private static final SchemaRow MAIN = new SchemaRow(0, "main", "");
    private static final long JOIN_MILLIS = 5_000;

    private final DiscoveryContext context;
    private final boolean indexesWanted;
    private final boolean foreignKeysWanted;
    private final CompletableFuture<Long> version = new CompletableFuture<>();
    private final CompletableFuture<List<IndexColumnRow>> indexColumns = new CompletableFuture<>();
    private final CompletableFuture<List<ForeignKeyRow>> foreignKeys = new CompletableFuture<>();
    private final Object lock = new Object();
    private Connection connection;
    private boolean closed;
    private Thread thread;
    /** The session's own schema cookie, read once when first needed. */
    private Long sessionVersion;

    private ReadAhead(DiscoveryContext context, boolean indexesWanted, boolean foreignKeysWanted) {
        this.context = context;
        this.indexesWanted = indexesWanted;
        this.foreignKeysWanted = foreignKeysWanted;
    }

    /**
     * Starts reading ahead when it can help: the scope asks for indexes or constraints of {@code main}, the options
     * allow a second connection and core can open one.
     */
    public static Optional<ReadAhead> start(DiscoveryContext context) {
        DiscoveryScope scope = context.scope();
        boolean indexes = scope.includes(ObjectKind.INDEXES);
        boolean keys = scope.includes(ObjectKind.CONSTRAINTS);
        if (!indexes && !keys || !scope.includesSchema(MAIN.name()) || context.options().maxConnections() < 2
                || !context.connections().canOpen()) {
            return Optional.empty();
        }
        ReadAhead readAhead = new ReadAhead(context, indexes, keys);
        Thread t = new Thread(readAhead::run, "schema-discovery-sqlite-read-ahead");
        t.setDaemon(true);
        readAhead.thread = t;
        t.start();
        return Optional.of(readAhead);
    }

    /** The index keys read ahead, when they stand for what {@code session} would read for {@code schemas}. */
    Optional<List<IndexColumnRow>> indexColumns(List<SchemaRow> schemas, CatalogReader session) {
        return usable(schemas, session) ? await(indexColumns, "index keys") : Optional.empty();
    }

    /** The foreign keys read ahead, when they stand for what {@code session} would read for {@code schemas}. */
    Optional<List<ForeignKeyRow>> foreignKeys(List<SchemaRow> schemas, CatalogReader session) {
        return usable(schemas, session) ? await(foreignKeys, "foreign keys") : Optional.empty();
    }

    private boolean usable(List<SchemaRow> schemas, CatalogReader session) {
        if (schemas.size() != 1 || schemas.get(0).seq() != MAIN.seq() || !MAIN.name().equals(schemas.get(0).name())) {
            return false;
        }
        Optional<Long> theirs = await(version, "schema version");
        if (theirs.isEmpty()) {
            return false;
        }
        try {
            synchronized (lock) {
                if (sessionVersion == null) {
                    sessionVersion = session.schemaVersion();
                }
            }
        } catch (SQLException e) {
            LOG.debug("cannot read the session's schema version; reading on one connection error={}", e.getMessage());
            return false;
        }
        if (!sessionVersion.equals(theirs.get())) {
            LOG.debug("the schema changed between the two connections' reads; reading on one connection");
            return false;
        }
        return true;
    }

    private <T> Optional<T> await(CompletableFuture<T> future, String what) {
        try {
            long millis = Math.max(1, context.remaining().toMillis());
            return Optional.ofNullable(future.get(millis, TimeUnit.MILLISECONDS));
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
        try {
            Connection c = context.connections().openAnother();
            synchronized (lock) {
                if (closed) {
                    quietlyClose(c);
                    throw new IllegalStateException("the session closed before reading ahead began");
                }
                connection = c;
            }
            c.setAutoCommit(false);
            CatalogReader reader = new CatalogReader(context, c);
            reader.setQueryOnly(true);
            version.complete(reader.schemaVersion());
            if (indexesWanted) {
                indexColumns.complete(reader.indexColumns(List.of(MAIN)));
            }
            if (foreignKeysWanted) {
                foreignKeys.complete(reader.foreignKeys(List.of(MAIN)));
            }
        } catch (SQLException | RuntimeException | Error e) {
            version.completeExceptionally(e);
            indexColumns.completeExceptionally(e);
            foreignKeys.completeExceptionally(e);
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            version.complete(null);
            indexColumns.complete(null);
            foreignKeys.complete(null);
            synchronized (lock) {
                if (connection != null) {
                    quietlyClose(connection);
                    connection = null;
                }
            }
        }
    }

    /** Stops reading ahead (closing the second connection cuts a running query short) and awaits the thread. */
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
        if (running != null && !(indexColumns.isDone() && foreignKeys.isDone())) {
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
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("ending the read-ahead transaction failed error={}", e.getMessage());
        }
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("closing the read-ahead connection failed error={}", e.getMessage());
        }
    }
}
