package org.schemadiscovery.dialect.mysql.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
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
 * One MySQL/MariaDB discovery run. On a connection in auto-commit mode it opens
 * {@code START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT} and rolls it back on close; a connection the caller
 * keeps in a transaction of its own is read inside that transaction, untouched (starting one would commit the
 * caller's work). The snapshot covers table data (sequences) but not information_schema, which shows the data
 * dictionary as of each statement, and only what the account has privileges on.
 *
 * <p>Every method answers for the whole scope with a fixed list of statements; relation and key rows are read once
 * per scope and shared between the phases. Not thread-safe: a session belongs to one run.
 */
public final class MysqlSession implements DiscoverySession {
    private static final Logger LOG = LoggerFactory.getLogger(MysqlSession.class);

    private final DiscoveryContext context;
    private final ServerVersion server;
    private final StatementRunner runner;
    private final Connection openedOn;
    private final boolean snapshot;
    private final String statsExpiryToRestore;

    private DiscoveryScope cachedFor;
    private SchemaScope schemaScope;
    private Relations relations;
    private KeyRows keys;
    private Grants grants;

    private MysqlSession(DiscoveryContext context, ServerVersion server, StatementRunner runner, Connection openedOn,
                         boolean snapshot, String statsExpiryToRestore) {
        this.context = context;
        this.server = server;
        this.runner = runner;
        this.openedOn = openedOn;
        this.snapshot = snapshot;
        this.statsExpiryToRestore = statsExpiryToRestore;
    }

    /**
     * Opens a session: the snapshot transaction where the connection allows one, and on MySQL 8 fresh (not cached)
     * table statistics for the session.
     *
     * @param context the run's context
     * @param server  flavor and version of the server
     * @param sql     the catalog statements for that server, by name
     */
    public static MysqlSession open(DiscoveryContext context, ServerVersion server, Map<String, String> sql)
            throws SQLException {
        StatementRunner runner = new StatementRunner(context, sql);
        Connection connection = runner.connection();
        String restore = null;
        if (server.cachedStatistics()) {
            List<Row> rows = runner.query("stats-expiry-read").rows();
            restore = rows.isEmpty() ? null : rows.get(0).text("stats_expiry");
            runner.execute("stats-expiry-set", 0);
        }
        boolean snapshot = connection.getAutoCommit();
        if (snapshot) {
            runner.execute("begin");
        }
        return new MysqlSession(context, server, runner, connection, snapshot, restore);
    }

    @Override
    public DiscoveryContext context() {
        return context;
    }

    /** Flavor and version of the server. */
    public ServerVersion server() {
        return server;
    }

    @Override
    public DatabaseCapabilities probe() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        List<Row> rows = runner.query("probe").rows();
        if (!rows.isEmpty()) {
            new TreeMap<>(rows.get(0).values()).forEach((k, v) -> settings.put(k, v == null ? "" : v));
        }
        settings.put("flavor", server.flavor().name().toLowerCase(Locale.ROOT));
        settings.put("snapshot", snapshot ? "consistent snapshot (InnoDB data only; information_schema is read as of"
                + " each statement)" : "the caller's transaction");
        return new DatabaseCapabilities(server.features(), settings);
    }

    @Override
    public List<String> schemas(DiscoveryScope scope) throws SQLException {
        return schemaScope(scope).names();
    }

    /** The databases in scope with the privileges granted on them; reads the scope's privileges (two statements). */
    @Override
    public Discovered<SchemaDetails> schemaDetails(DiscoveryScope scope) throws SQLException {
        Grants g = grants(scope);
        return new Discovered<>(g.schemaDetails(schemaScope(scope).names()), g.warnings());
    }

    @Override
    public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
        Relations r = relations(scope);
        Grants g = grants(scope);
        return new Discovered<>(r.tables().stream().map(g::apply).toList(), r.tableWarnings());
    }

    @Override
    public Discovered<ViewInfo> views(DiscoveryScope scope) throws SQLException {
        Relations r = relations(scope);
        Grants g = grants(scope);
        return new Discovered<>(r.views().stream().map(g::apply).toList(), r.viewWarnings());
    }

    @Override
    public Discovered<SequenceInfo> sequences(DiscoveryScope scope) throws SQLException {
        if (!server.sequences()) {
            return Discovered.empty();
        }
        return ObjectReader.sequences(runner, relations(scope).sequences());
    }

    @Override
    public Discovered<RoutineInfo> routines(DiscoveryScope scope) throws SQLException {
        Discovered<RoutineInfo> read = ObjectReader.routines(runner, schemaScope(scope));
        Grants g = grants(scope);
        return new Discovered<>(read.items().stream().map(g::apply).toList(), read.warnings());
    }

    /** Indexes of every table in scope. */
    public Discovered<IndexInfo> indexes(DiscoveryScope scope) throws SQLException {
        SchemaScope schemas = schemaScope(scope);
        List<Row> statistics = runner.query("statistics", schemas.parameter(),
                schemas.tablesParameter(), schemas.tablesParameter()).rows();
        return IndexReader.read(statistics, keys(scope), relations(scope));
    }

    /** Primary keys, unique, foreign and check constraints of every table in scope. */
    public Discovered<ConstraintInfo> constraints(DiscoveryScope scope) throws SQLException {
        SchemaScope schemas = schemaScope(scope);
        KeyRows k = keys(scope);
        List<Row> referential = runner.query("referential", schemas.parameter(),
                schemas.tablesParameter(), schemas.tablesParameter()).rows();
        List<Row> checks = server.checkConstraints() ? runner.query("checks", schemas.parameter(),
                schemas.tablesParameter(), schemas.tablesParameter()).rows() : List.of();
        return ConstraintReader.read(k, referential, checks, relations(scope), schemas, server.mariaDb());
    }

    /**
     * The schemas query and one fingerprint statement: per table and for the rest of the scope, a count and a sum of
     * MD5 row hashes over the information_schema views discovery reads. Not covered: a sequence's parameters (kept in
     * the sequence itself) and routine grants (mysql.procs_priv, which an account may not read).
     */
    @Override
    public Optional<SchemaFingerprint> fingerprint(DiscoveryScope scope) throws SQLException {
        String parameter = schemaScope(scope).parameter();
        Object[] parameters = new Object[(int) runner.text("fingerprint").chars().filter(c -> c == '?').count()];
        Arrays.fill(parameters, parameter);
        Map<TableRef, String> tables = new HashMap<>();
        // rows of no table: the rest, and on MySQL check constraints (its CHECK_CONSTRAINTS has no table name)
        List<String> rest = new ArrayList<>();
        for (Row row : runner.query("fingerprint", parameters).rows()) {
            String digest = row.text("row_count") + ":" + row.text("row_sum");
            if (row.text("table_name") == null) {
                rest.add(row.text("table_schema") + "/" + digest);
            } else {
                tables.put(TableRef.of(row.text("table_schema"), row.text("table_name")), digest);
            }
        }
        rest.sort(null);
        return Optional.of(SchemaFingerprint.of(SchemaFingerprint.sha256(rest), tables));
    }

    /** Every rule reads the model only, so the merged model answers in this session. */
    @Override
    public Optional<List<Recommendation>> recommendationsAfterReread(SchemaInfo merged, SchemaInfo stored,
                                                                    Set<TableRef> reread) throws SQLException {
        return Optional.of(recommendations(merged));
    }

    @Override
    public List<Recommendation> recommendations(SchemaInfo schema) {
        return MysqlRecommendations.of(schema);
    }

    @Override
    public void close() throws SQLException {
        Connection current = context.connections().connection();
        if (current != openedOn || current.isClosed()) {
            return;
        }
        SQLException failed = null;
        if (snapshot) {
            try {
                runner.execute("rollback");
            } catch (SQLException e) {
                failed = e;
            }
        }
        if (statsExpiryToRestore != null) {
            try {
                runner.execute("stats-expiry-set", Long.valueOf(statsExpiryToRestore));
            } catch (SQLException | NumberFormatException e) {
                LOG.atDebug().addKeyValue("error", e.toString()).log("could not restore information_schema_stats_expiry");
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private void resetIfOtherScope(DiscoveryScope scope) {
        if (!Objects.equals(scope, cachedFor)) {
            cachedFor = scope;
            schemaScope = null;
            relations = null;
            keys = null;
            grants = null;
        }
    }

    private SchemaScope schemaScope(DiscoveryScope scope) throws SQLException {
        resetIfOtherScope(scope);
        if (schemaScope == null) {
            schemaScope = SchemaScope.select(runner.query("schemas").rows(), scope);
        }
        return schemaScope;
    }

    private Relations relations(DiscoveryScope scope) throws SQLException {
        SchemaScope schemas = schemaScope(scope);
        if (relations == null) {
            relations = new RelationReader(runner, server).read(schemas, scope.includes(ObjectKind.TRIGGERS));
        }
        return relations;
    }

    private Grants grants(DiscoveryScope scope) throws SQLException {
        SchemaScope schemas = schemaScope(scope);
        if (grants == null) {
            grants = Grants.read(runner, schemas);
        }
        return grants;
    }

    private KeyRows keys(DiscoveryScope scope) throws SQLException {
        SchemaScope schemas = schemaScope(scope);
        if (keys == null) {
            String only = schemas.tablesParameter();
            keys = KeyRows.of(runner.query("table-constraints", schemas.parameter(), only, only).rows(),
                    runner.query("key-columns", schemas.parameter(), only, only).rows());
        }
        return keys;
    }
}
