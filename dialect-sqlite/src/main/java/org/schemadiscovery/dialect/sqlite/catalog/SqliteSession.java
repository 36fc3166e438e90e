package org.schemadiscovery.dialect.sqlite.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.ObjectKind;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One discovery run on an SQLite connection. While open, the connection refuses writes ({@code PRAGMA query_only})
 * and reads in one transaction, so every phase sees the same snapshot; {@link #close()} restores both. Catalog rows
 * are read once per scope and shared by the table, index and constraint phases.
 */
public final class SqliteSession implements DiscoverySession {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteSession.class);

    private final DiscoveryContext context;
    private final CatalogReader reader;
    private final boolean restoreQueryOnly;
    private final boolean restoreAutoCommit;
    private final Map<List<String>, Snapshot> snapshots = new HashMap<>();
    /** Index keys and foreign keys being read on a second connection, or null. */
    private final ReadAhead readAhead;
    private List<SchemaRow> databases;
    private DatabaseCapabilities probed;
    private boolean closed;

    private SqliteSession(DiscoveryContext context, CatalogReader reader, boolean restoreQueryOnly,
                          boolean restoreAutoCommit, ReadAhead readAhead) {
        this.context = context;
        this.reader = reader;
        this.restoreQueryOnly = restoreQueryOnly;
        this.restoreAutoCommit = restoreAutoCommit;
        this.readAhead = readAhead;
    }

    /**
     * Opens a session: starts reading ahead (first, so that the second connection's schema parse overlaps this
     * one's), refuses writes and starts the read transaction.
     */
    public static SqliteSession open(DiscoveryContext context) throws SQLException {
        ReadAhead readAhead = ReadAhead.start(context).orElse(null);
        CatalogReader reader = new CatalogReader(context);
        boolean turnedOn = false;
        try {
            if (!reader.queryOnly()) {
                try {
                    reader.setQueryOnly(true);
                    turnedOn = true;
                } catch (SQLException e) {
                    LOG.debug("cannot set query_only on this connection: {}", e.getMessage());
                }
            }
            Connection connection = context.connections().connection();
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            return new SqliteSession(context, reader, turnedOn, autoCommit, readAhead);
        } catch (SQLException | RuntimeException e) {
            if (readAhead != null) {
                readAhead.close();
            }
            if (turnedOn) {
                try {
                    reader.setQueryOnly(false);
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    @Override
    public DiscoveryContext context() {
        return context;
    }

    @Override
    public synchronized DatabaseCapabilities probe() throws SQLException {
        if (probed == null) {
            probed = SqliteCapabilities.fromProbe(reader.probe());
        }
        return probed;
    }

    @Override
    public List<String> schemas(DiscoveryScope scope) throws SQLException {
        return inScope(scope).stream().map(SchemaRow::name).toList();
    }

    @Override
    public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
        return TableAssembler.tables(snapshot(scope), scope.includes(ObjectKind.TRIGGERS));
    }

    @Override
    public Discovered<ViewInfo> views(DiscoveryScope scope) throws SQLException {
        if (!scope.includes(ObjectKind.VIEWS)) {
            return Discovered.empty();
        }
        return TableAssembler.views(snapshot(scope), scope.includes(ObjectKind.TRIGGERS));
    }

    /** Every rule reads the model only: see {@link SqliteRecommendations#afterReread}. */
    @Override
    public Optional<List<Recommendation>> recommendationsAfterReread(SchemaInfo merged, SchemaInfo stored,
                                                                    Set<TableRef> reread) throws SQLException {
        return Optional.of(SqliteRecommendations.afterReread(merged, stored, reread, foreignKeys(merged)));
    }

    @Override
    public List<Recommendation> recommendations(SchemaInfo schema) throws SQLException {
        return SqliteRecommendations.evaluate(schema, foreignKeys(schema));
    }

    private String foreignKeys(SchemaInfo schema) throws SQLException {
        String foreignKeys = probed != null ? probed.settings().get("foreign_keys")
                : schema.capabilities().settings().get("foreign_keys");
        return foreignKeys != null ? foreignKeys : probe().settings().get("foreign_keys");
    }

    /**
     * The stored definitions of the schemas in scope and the main database's settings (the probe, which a discovery
     * in this session reuses), in the session's read transaction.
     */
    @Override
    public Optional<SchemaFingerprint> fingerprint(DiscoveryScope scope) throws SQLException {
        List<SchemaRow> schemas = inScope(scope);
        // the fingerprint covers the schemas whatever the table restriction: it tells which tables to reread
        return Optional.of(SqliteFingerprint.of(schemas, reader.definitions(schemas, Restriction.NONE.json()),
                probe().settings()));
    }

    /**
     * The files behind the schemas in scope and their schema cookies (see {@link SqliteFingerprintToken}): the
     * database list, then one {@code PRAGMA schema_version} per schema, none of which parses the schema.
     */
    @Override
    public Optional<String> fingerprintToken(DiscoveryScope scope) throws SQLException {
        return SqliteFingerprintToken.of(inScope(scope), reader::schemaCookie);
    }

    /** Indexes of every table in scope, from the scope's shared snapshot. */
    public Discovered<IndexInfo> indexes(DiscoveryScope scope) throws SQLException {
        return IndexAssembler.indexes(snapshot(scope));
    }

    /** Constraints of every table in scope, from the scope's shared snapshot. */
    public Discovered<ConstraintInfo> constraints(DiscoveryScope scope) throws SQLException {
        return ConstraintAssembler.constraints(snapshot(scope));
    }

    synchronized Snapshot snapshot(DiscoveryScope scope) throws SQLException {
        List<SchemaRow> schemas = inScope(scope);
        Restriction restriction = Restriction.of(scope);
        List<String> key = new ArrayList<>(schemas.stream().map(SchemaRow::name).toList());
        key.add(restriction.json());
        Snapshot snapshot = snapshots.get(key);
        if (snapshot == null) {
            snapshot = new Snapshot(reader, schemas, restriction, readAhead);
            snapshots.put(key, snapshot);
        }
        return snapshot;
    }

    private synchronized List<SchemaRow> inScope(DiscoveryScope scope) throws SQLException {
        if (databases == null) {
            databases = reader.databases();
        }
        return databases.stream().filter(d -> scope.includesSchema(d.name())).toList();
    }

    @Override
    public synchronized void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        if (readAhead != null) {
            readAhead.close();
        }
        Connection connection = context.connections().connection();
        try {
            if (restoreAutoCommit && !connection.isClosed()) {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } finally {
            if (restoreQueryOnly && !connection.isClosed()) {
                reader.setQueryOnly(false);
            }
        }
    }
}
