package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * One PostgreSQL discovery run: every call answers for the whole scope with a fixed number of catalog queries, all
 * inside the snapshot transaction of a {@link CatalogRunner}. Tables and views come from the same relation and column
 * queries, read once per scope. Not thread-safe (a session belongs to one run); the plugin objects that open
 * sessions are.
 */
public final class PgSession implements DiscoverySession {
    private final DiscoveryContext context;
    private final PgFeatures features;
    private final CatalogRunner runner;
    private DiscoveryScope relationScope;
    private RelationReader.RelationCatalog relations;
    private DiscoveryScope sequenceScope;
    private Discovered<SequenceInfo> sequences;
    private DiscoveryScope annotationScope;
    private Annotations annotations;
    private final Map<String, Long> indexScans = new HashMap<>();
    private boolean indexesRead;
    /** Warnings of the schemas phase not yet handed to core (see {@link #schemas}). */
    private List<DiscoveryWarning> schemaWarnings = List.of();

    /** Indexes and constraints being read on a second connection in the same snapshot, or null. */
    private final ReadAhead readAhead;

    private PgSession(DiscoveryContext context, PgFeatures features, CatalogRunner runner, ReadAhead readAhead) {
        this.context = context;
        this.features = features;
        this.runner = runner;
        this.readAhead = readAhead;
    }

    /**
     * Opens the snapshot transaction and returns the session. When core can open a second connection, indexes and
     * constraints are read ahead on it, in the same snapshot ({@link ReadAhead}).
     *
     * @param context  the run's context
     * @param features version gates of the server
     * @param sql      the catalog queries for that version
     */
    public static PgSession open(DiscoveryContext context, PgFeatures features, Map<String, String> sql)
            throws SQLException {
        Duration lockTimeout = CatalogRunner.lockTimeoutFor(context.statementTimeout());
        CatalogRunner runner = new CatalogRunner(context, sql, lockTimeout);
        try {
            ReadAhead readAhead = ReadAhead.start(context, sql, lockTimeout, runner).orElse(null);
            return new PgSession(context, features, runner, readAhead);
        } catch (SQLException | RuntimeException e) {
            try {
                runner.close();
            } catch (SQLException second) {
                e.addSuppressed(second);
            }
            throw e;
        }
    }

    @Override
    public DiscoveryContext context() {
        return context;
    }

    /** The version gates this session runs with. */
    public PgFeatures features() {
        return features;
    }

    /** The catalog runner, for the plugin's index and constraint discovery. */
    public CatalogRunner runner() {
        return runner;
    }

    @Override
    public DatabaseCapabilities probe() throws SQLException {
        List<Map<String, String>> rows = runner.query("probe", row -> {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("server_version_num", row.str("server_version_num"));
            s.put("server_version", row.str("server_version"));
            s.put("track_counts", row.str("track_counts"));
            s.put("transaction_isolation", row.str("transaction_isolation"));
            s.put("transaction_read_only", row.str("transaction_read_only"));
            s.put("lock_timeout", row.str("lock_timeout"));
            s.put("server_encoding", row.str("server_encoding"));
            s.put("database", row.str("current_database"));
            s.put("user", row.str("current_user_name"));
            s.put("in_recovery", String.valueOf(row.bool("in_recovery")));
            s.put("extensions", row.str("extensions") == null ? "" : row.str("extensions"));
            return s;
        });
        Map<String, String> settings = rows.isEmpty() ? Map.of() : rows.get(0);
        Set<String> features = new TreeSet<>();
        String version = settings.get("server_version_num");
        if (version != null) {
            features.addAll(PgFeatures.of(Integer.parseInt(version)).features());
        }
        return new DatabaseCapabilities(features, settings);
    }

    /**
     * Schema names in scope the role may use. The catalogs are world-readable, so a schema whose USAGE was revoked
     * from the role would otherwise be read in full: it is left out here and from every other query (the scope
     * filter checks {@code has_schema_privilege}), and becomes a PERMISSION warning of phase {@code schemas}. This
     * method cannot return warnings, so they travel with the next {@link Discovered} result the session hands out.
     */
    @Override
    public List<String> schemas(DiscoveryScope scope) throws SQLException {
        List<String> names = new ArrayList<>();
        List<DiscoveryWarning> warnings = new ArrayList<>();
        for (Map.Entry<String, Optional<Boolean>> e : runner.query("schemas", scope,
                row -> Map.entry(row.str("name"), Optional.ofNullable(row.nullableBool("usable"))))) {
            String schema = e.getKey();
            if (e.getValue().isEmpty()) {
                // has_schema_privilege answers NULL for a schema the live catalog no longer has
                warnings.add(new DiscoveryWarning(schema, "schemas", ErrorClass.OTHER, "schema " + schema
                        + " not read: another session dropped it after the snapshot was taken"));
            } else if (e.getValue().get()) {
                names.add(schema);
            } else {
                warnings.add(noUsage(schema));
            }
        }
        names.sort(null);
        warnings.sort(Comparator.comparing(DiscoveryWarning::object));
        schemaWarnings = List.copyOf(warnings);
        return names;
    }

    private DiscoveryWarning noUsage(String schema) {
        return new DiscoveryWarning(schema, "schemas", ErrorClass.PERMISSION, "schema " + schema + " not read: the"
                + " role has no USAGE privilege on it, so its tables, views, sequences, types, routines, indexes and"
                + " constraints (and foreign keys referencing its tables) were skipped");
    }

    /** Owners, comments and privileges of the schemas in scope; reads the annotations of the whole scope. */
    @Override
    public Discovered<SchemaDetails> schemaDetails(DiscoveryScope scope) throws SQLException {
        return withSchemaWarnings(Discovered.of(annotations(scope).schemaDetails()));
    }

    @Override
    public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
        RelationReader.RelationCatalog catalog = relations(scope);
        Annotations a = annotations(scope);
        return withSchemaWarnings(new Discovered<>(catalog.tables().stream().map(a::apply).toList(),
                catalog.tableWarnings()));
    }

    @Override
    public Discovered<ViewInfo> views(DiscoveryScope scope) throws SQLException {
        RelationReader.RelationCatalog catalog = relations(scope);
        Annotations a = annotations(scope);
        return withSchemaWarnings(new Discovered<>(catalog.views().stream().map(a::apply).toList(),
                catalog.viewWarnings()));
    }

    /** Sequences in scope, read once per scope: the tables phase needs them for identity columns. */
    @Override
    public Discovered<SequenceInfo> sequences(DiscoveryScope scope) throws SQLException {
        Discovered<SequenceInfo> read = readSequences(scope);
        Annotations a = annotations(scope);
        return withSchemaWarnings(new Discovered<>(read.items().stream().map(a::apply).toList(), read.warnings()));
    }

    @Override
    public Discovered<TypeInfo> types(DiscoveryScope scope) throws SQLException {
        return withSchemaWarnings(ObjectReaders.types(runner, scope));
    }

    @Override
    public Discovered<RoutineInfo> routines(DiscoveryScope scope) throws SQLException {
        Discovered<RoutineInfo> read = ObjectReaders.routines(runner, scope);
        Annotations a = annotations(scope);
        return withSchemaWarnings(new Discovered<>(read.items().stream().map(a::apply).toList(), read.warnings()));
    }

    @Override
    public Discovered<ExtensionInfo> extensions(DiscoveryScope scope) throws SQLException {
        Discovered<ExtensionInfo> read = ObjectReaders.extensions(runner, scope);
        Annotations a = annotations(scope);
        return withSchemaWarnings(new Discovered<>(read.items().stream().map(a::apply).toList(), read.warnings()));
    }

    /** Indexes of every table and materialized view in scope; their scan counts stay in the session. */
    public Discovered<IndexInfo> indexes(DiscoveryScope scope) throws SQLException {
        indexScans.clear();
        Optional<ReadAhead.IndexesRead> ahead = readAhead == null ? Optional.empty()
                : readAhead.indexes(scope, runner);
        Discovered<IndexInfo> found;
        if (ahead.isPresent()) {
            found = ahead.get().indexes();
            indexScans.putAll(ahead.get().scans());
        } else {
            found = IndexReader.read(runner, scope, indexScans);
        }
        indexesRead = true;
        Annotations a = annotations(scope);
        return withSchemaWarnings(new Discovered<>(found.items().stream().map(a::apply).toList(), found.warnings()));
    }

    /** Constraints of every table in scope. */
    public Discovered<ConstraintInfo> constraints(DiscoveryScope scope) throws SQLException {
        Optional<Discovered<ConstraintInfo>> ahead = readAhead == null ? Optional.empty()
                : readAhead.constraints(scope, runner);
        Discovered<ConstraintInfo> found = ahead.isPresent() ? ahead.get() : ConstraintReader.read(runner, scope);
        Annotations a = annotations(scope);
        return withSchemaWarnings(new Discovered<>(found.items().stream().map(a::apply).toList(), found.warnings()));
    }

    /** The result with the schemas phase's pending warnings added, once per session. */
    private <T> Discovered<T> withSchemaWarnings(Discovered<T> found) {
        if (schemaWarnings.isEmpty()) {
            return found;
        }
        List<DiscoveryWarning> warnings = new ArrayList<>(schemaWarnings);
        warnings.addAll(found.warnings());
        schemaWarnings = List.of();
        return new Discovered<>(found.items(), warnings);
    }

    /** Comments, owners and privileges of the scope, read once per scope (two statements). */
    private Annotations annotations(DiscoveryScope scope) throws SQLException {
        if (annotations == null || !scope.equals(annotationScope)) {
            annotations = Annotations.read(runner, scope);
            annotationScope = scope;
        }
        return annotations;
    }

    private Discovered<SequenceInfo> readSequences(DiscoveryScope scope) throws SQLException {
        if (sequences == null || !scope.equals(sequenceScope)) {
            sequences = ObjectReaders.sequences(runner, scope);
            sequenceScope = scope;
        }
        return sequences;
    }

    /**
     * One statement ({@code fingerprint.sql}) in the session's snapshot: per relation and for the rest of the scope,
     * a count and an order-independent sum of catalog row hashes. It calls no deparser function, so it runs without
     * the lock and dropped-relation retries, and a session that only takes a fingerprint takes no savepoint.
     */
    @Override
    public Optional<SchemaFingerprint> fingerprint(DiscoveryScope scope) throws SQLException {
        Map<TableRef, String> tables = new HashMap<>();
        String[] rest = {"0:0"};
        runner.queryOnce("fingerprint", scope, row -> {
            String digest = row.lng("row_count") + ":" + row.str("row_sum");
            if (row.str("name") == null) {
                rest[0] = digest;
            } else {
                tables.put(TableRef.of(row.str("schema_name"), row.str("name")), digest);
            }
            return null;
        });
        return Optional.of(SchemaFingerprint.of(rest[0], tables));
    }

    /**
     * One statement ({@code fingerprint-token.sql}) in the session's snapshot: the snapshot's transaction ids, the
     * server's start time, the last checkpoint's LSN and the indexes not fully valid. Any change the fingerprint sees moves it (see the query's
     * comment); so does any write anywhere on the server, which only costs a fingerprint.
     */
    @Override
    public Optional<String> fingerprintToken(DiscoveryScope scope) throws SQLException {
        List<String> token = runner.queryOnce("fingerprint-token", null, row -> row.str("snapshot") + "|"
                + row.str("started") + "|" + row.str("checkpoint") + "|" + row.str("unfinished_indexes"));
        return token.stream().findFirst();
    }

    @Override
    public List<Recommendation> recommendations(SchemaInfo schema) throws SQLException {
        return PgRecommendations.of(schema, runner, context.scope(), indexesRead ? indexScans : null);
    }

    /** Answered in this session: see {@link PgRecommendations#afterReread}. */
    @Override
    public Optional<List<Recommendation>> recommendationsAfterReread(SchemaInfo merged, SchemaInfo stored,
                                                                    Set<TableRef> reread) throws SQLException {
        return Optional.of(PgRecommendations.afterReread(merged, stored, reread, runner, context.scope(),
                indexesRead ? indexScans : null));
    }

    @Override
    public void close() throws SQLException {
        relations = null;
        try {
            if (readAhead != null) {
                readAhead.close();
            }
        } finally {
            runner.close();
        }
    }

    private RelationReader.RelationCatalog relations(DiscoveryScope scope) throws SQLException {
        if (relations == null || !scope.equals(relationScope)) {
            Map<TableRef, SequenceInfo> byName = new HashMap<>();
            readSequences(scope).items().forEach(q -> byName.put(q.ref(), q));
            relations = RelationReader.read(runner, scope, byName);
            relationScope = scope;
        }
        return relations;
    }
}
