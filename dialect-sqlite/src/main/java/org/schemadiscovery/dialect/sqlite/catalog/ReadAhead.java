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
import org.schemadiscovery.api.support.SecondConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads index keys and foreign keys of the {@code main} schema ahead, on a second connection, while the session's
 * connection reads definitions and columns. SQLite parses the whole schema on every new connection and answers the
 * pragma functions on one core, so the two halves overlap on two.
 *
 * <p>The rows are handed out only when they mean exactly what the session would read itself: its schemas are
 * {@code main} alone (a new connection has no attached databases and no temp objects), and both read transactions saw
 * the same database file (never an in-memory one) with the same schema cookie ({@code schema_version}) and the same
 * stored definitions (count and total length). Otherwise — or when the second connection
 * cannot be opened or fails — the session reads them itself.
 *
 * <p>Its reads done, the thread parses the session's stored definitions (handed over by {@link #parseAhead}) into
 * their shared cache, from the last one back, while the session assembles tables from the first; it stops when the
 * session closes.
 */
public final class ReadAhead implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReadAhead.class);
    private static final SchemaRow MAIN = new SchemaRow(0, "main", "");

    private final DiscoveryContext context;
    private final boolean indexesWanted;
    private final boolean foreignKeysWanted;
    /** The run's table restriction, which the rows read ahead are limited to. */
    private final Restriction restriction;
    private final CompletableFuture<CatalogReader.SchemaStamp> version = new CompletableFuture<>();
    private final CompletableFuture<List<IndexColumnRow>> indexColumns = new CompletableFuture<>();
    private final CompletableFuture<List<ForeignKeyRow>> foreignKeys = new CompletableFuture<>();
    /** The session's definitions, handed over to be parsed on this thread once its reads are done. */
    private final CompletableFuture<Definitions> toParse = new CompletableFuture<>();
    private volatile boolean stopped;
    private final Object lock = new Object();
    private SecondConnection second;
    /** The session's own schema stamp, read once when first needed. */
    private CatalogReader.SchemaStamp sessionVersion;

    private ReadAhead(DiscoveryContext context, boolean indexesWanted, boolean foreignKeysWanted) {
        this.context = context;
        this.indexesWanted = indexesWanted;
        this.foreignKeysWanted = foreignKeysWanted;
        this.restriction = Restriction.of(context.scope());
    }

    /**
     * Starts reading ahead when it can help: the scope asks for indexes or constraints of {@code main}, the options
     * allow a second connection and core can open one.
     */
    public static Optional<ReadAhead> start(DiscoveryContext context) {
        DiscoveryScope scope = context.scope();
        // as core decides which phases run; the constraints phase reads the index keys too (constraint-backed indexes)
        boolean keys = scope.includes(ObjectKind.CONSTRAINTS) && scope.includes(ObjectKind.TABLES);
        boolean indexes = keys || scope.includes(ObjectKind.INDEXES)
                && (scope.includes(ObjectKind.TABLES) || scope.includes(ObjectKind.VIEWS));
        if (!indexes || !scope.includesSchema(MAIN.name())) {
            return Optional.empty();
        }
        ReadAhead readAhead = new ReadAhead(context, indexes, keys);
        readAhead.second = SecondConnection.start(context, "schema-discovery-sqlite-read-ahead", readAhead::read)
                .orElse(null);
        return readAhead.second == null ? Optional.empty() : Optional.of(readAhead);
    }

    /** The index keys read ahead, when they stand for what {@code session} would read for {@code schemas}. */
    Optional<List<IndexColumnRow>> indexColumns(List<SchemaRow> schemas, Restriction wanted, CatalogReader session) {
        return usable(schemas, wanted, session) ? second.await(indexColumns, "index keys", LOG::debug) : Optional.empty();
    }

    /** The foreign keys read ahead, when they stand for what {@code session} would read for {@code schemas}. */
    Optional<List<ForeignKeyRow>> foreignKeys(List<SchemaRow> schemas, Restriction wanted, CatalogReader session) {
        return usable(schemas, wanted, session) ? second.await(foreignKeys, "foreign keys", LOG::debug) : Optional.empty();
    }

    /**
     * Hands the session's stored definitions over: once its reads are done, this thread parses them (from the end)
     * while the session assembles tables from the start, so the parsing is spread over both cores.
     */
    void parseAhead(Definitions definitions) {
        toParse.complete(definitions);
    }

    private boolean usable(List<SchemaRow> schemas, Restriction wanted, CatalogReader session) {
        if (!restriction.equals(wanted)) {
            return false;
        }
        if (schemas.size() != 1 || schemas.get(0).seq() != MAIN.seq() || !MAIN.name().equals(schemas.get(0).name())) {
            return false;
        }
        Optional<CatalogReader.SchemaStamp> theirs = second.await(version, "schema version", LOG::debug);
        if (theirs.isEmpty() || theirs.get().inMemory()) {
            return false;
        }
        try {
            synchronized (lock) {
                if (sessionVersion == null) {
                    sessionVersion = session.schemaStamp();
                }
            }
        } catch (SQLException e) {
            LOG.debug("cannot read the session's schema version; reading on one connection error={}", e.getMessage());
            return false;
        }
        if (!sessionVersion.equals(theirs.get())) {
            LOG.debug("the connections saw another database file or schema version; reading on one connection"
                    + " session={} read-ahead={}", sessionVersion, theirs.get());
            return false;
        }
        return true;
    }

    /**
     * On the second connection: refuses writes while it reads in one transaction, and gives the connection back as
     * it found it (a pooled connection must not stay {@code query_only}). The last result is handed out only after
     * that, so the session never closes this connection before its final statement — the recorded statements are
     * the same every run.
     */
    private void read(Connection connection) throws SQLException {
        CatalogReader reader = new CatalogReader(context, connection);
        boolean turnedOn = !reader.queryOnly();
        if (turnedOn) {
            reader.setQueryOnly(true);
        }
        boolean autoCommit = connection.getAutoCommit();
        List<IndexColumnRow> keys = null;
        List<ForeignKeyRow> references = null;
        try {
            connection.setAutoCommit(false);
            version.complete(reader.schemaStamp());
            if (indexesWanted) {
                keys = reader.indexColumns(List.of(MAIN), restriction.json());
                if (foreignKeysWanted) {
                    // the session may be waiting for these while the foreign keys are read
                    indexColumns.complete(keys);
                }
            }
            if (foreignKeysWanted) {
                references = reader.foreignKeys(List.of(MAIN), restriction.json());
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
            if (turnedOn) {
                reader.setQueryOnly(false);
            }
        }
        if (keys != null) {
            indexColumns.complete(keys);
        }
        if (references != null) {
            foreignKeys.complete(references);
        }
        parseHandedOver();
    }

    private void parseHandedOver() {
        Definitions definitions;
        try {
            definitions = toParse.get(Math.max(1, context.remaining().toMillis()), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (definitions == null) {
            return;
        }
        try {
            definitions.parseAhead(() -> stopped);
        } catch (RuntimeException e) {
            // nothing is cached for a definition whose parser failed: the session meets the same failure itself
            LOG.debug("parsing ahead stopped error={}", e.toString());
        }
    }

    /** Stops reading and parsing ahead and waits for its thread. */
    @Override
    public void close() {
        stopped = true;
        toParse.complete(null);
        second.close();
    }
}
