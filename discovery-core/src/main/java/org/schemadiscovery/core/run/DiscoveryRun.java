package org.schemadiscovery.core.run;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.exception.DiscoveryException;
import org.schemadiscovery.api.exception.DiscoveryFailedException;
import org.schemadiscovery.api.exception.DiscoveryTimeoutException;
import org.schemadiscovery.api.exception.NoMatchingSchemaException;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.Relationship;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.ObjectKind;
import org.schemadiscovery.core.analysis.GenericRecommendations;
import org.schemadiscovery.core.analysis.RelationshipAnalyzer;
import org.schemadiscovery.core.jdbc.CoreConnectionSource;
import org.schemadiscovery.core.jdbc.StatementCounter;
import org.schemadiscovery.core.jdbc.Urls;
import org.schemadiscovery.core.registry.DialectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One discovery run with one dialect (docs/architecture.md, "Core flow"): opens the session, runs the phases in order, merges
 * indexes and constraints into their tables, derives relationships and recommendations, and acts on classified
 * errors:
 * <ul>
 *   <li>CONNECTION: reconnect with exponential backoff (at most {@code maxReconnects} per run) when core opened the
 *       connection, reopen the session and rerun the phase; with a bare connection fail fast;</li>
 *   <li>PERMISSION: a warning, the phase's objects are missing, the session is reopened;</li>
 *   <li>SYNTAX: the phase is rerun with the generic strategy on the same connection, with a warning;</li>
 *   <li>TIMEOUT / LOCKED: one retry with a doubled statement timeout in a reopened session, then a warning;</li>
 *   <li>a server short of shared memory (SQLSTATE 53200, whatever the dialect's class): retried with exponential
 *       backoff in a reopened session ({@code maxReconnects} times per phase), then a failure saying what to raise;</li>
 *   <li>OTHER: {@link DiscoveryFailedException}.</li>
 * </ul>
 * A doubled statement timeout stays in force for the rest of the run. The session is closed whatever happens.
 * Not thread-safe: one run, one thread.
 */
public final class DiscoveryRun {
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryRun.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Comparator<ConstraintInfo> CONSTRAINT_ORDER = Comparator
            .comparingInt(DiscoveryRun::constraintRank)
            .thenComparing(ConstraintInfo::name, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(c -> String.join(",", c.columns()));
    private static final Comparator<Recommendation> RECOMMENDATION_ORDER = Comparator
            .comparing(Recommendation::ruleId).thenComparing(Recommendation::object)
            .thenComparing(Recommendation::message);

    /** A call against a session that may fail with an SQL error. */
    @FunctionalInterface
    private interface SessionCall<T> {
        T call(DiscoverySession session) throws SQLException;
    }

    private final DialectPlugin plugin;
    private final DialectPlugin generic;
    private final CoreConnectionSource source;
    private final StatementCounter counter;
    private final DatabaseIdentity identity;
    private final DiscoveryOptions options;
    private final DiscoveryListener listener;
    private final StatementTimeouts timeouts;
    private final Instant deadline;
    private final long startNanos;

    private DiscoveryContext context;
    private DiscoverySession session;
    private final List<DiscoveryWarning> warnings = new ArrayList<>();
    private final List<PhaseMetric> phases = new ArrayList<>();
    private int retries;
    private int reconnects;

    /**
     * @param plugin     the chosen dialect
     * @param generic    the generic dialect, for SYNTAX fallbacks
     * @param source     core's connection source
     * @param counter    the counter behind the source's connections
     * @param identity   the identified database, attributed to the dialect
     * @param options    options
     * @param listener   listener (may be null)
     * @param timeouts   the query timeout the counting connections apply
     * @param startNanos {@link System#nanoTime()} when the discovery started
     * @param deadline   when the run must have ended
     * @param executor   where dialects run helper work, or null for threads of their own
     */
    public DiscoveryRun(DialectPlugin plugin, DialectPlugin generic, CoreConnectionSource source,
                        StatementCounter counter, DatabaseIdentity identity, DiscoveryOptions options,
                        DiscoveryListener listener, StatementTimeouts timeouts, long startNanos, Instant deadline,
                        Executor executor) {
        this.plugin = Objects.requireNonNull(plugin, "plugin");
        this.generic = Objects.requireNonNull(generic, "generic");
        this.source = Objects.requireNonNull(source, "source");
        this.counter = Objects.requireNonNull(counter, "counter");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = new SafeListener(listener);
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.startNanos = startNanos;
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.context = new DiscoveryContext(source, identity, options, deadline, options.statementTimeout(),
                this.listener, executor);
    }

    /** Runs every phase in scope and returns the result. */
    public SchemaInfo execute() {
        DiscoveryScope scope = options.scope();
        boolean wantTables = scope.includes(ObjectKind.TABLES);
        boolean wantViews = scope.includes(ObjectKind.VIEWS);
        boolean indexesRun = scope.includes(ObjectKind.INDEXES) && (wantTables || wantViews);
        boolean constraintsRun = scope.includes(ObjectKind.CONSTRAINTS) && wantTables;
        DatabaseCapabilities capabilities = staticCapabilities();
        List<String> schemas = List.of();
        List<SchemaDetails> schemaDetails = List.of();
        List<TableInfo> tables = List.of();
        List<ViewInfo> views = List.of();
        List<SequenceInfo> sequences = List.of();
        List<TypeInfo> types = List.of();
        List<RoutineInfo> routines = List.of();
        List<ExtensionInfo> extensions = List.of();
        List<Relationship> relationships = List.of();
        List<Recommendation> recommendations = List.of();
        LOG.atInfo().addKeyValue("dialect", plugin.id()).addKeyValue("product", identity.product())
                .addKeyValue("url", identity.url()).log("discovery started");
        try {
            openSession();
            capabilities = capabilities.merge(phase("probe", DiscoverySession::probe, DiscoverySession::probe,
                    DatabaseCapabilities.none(), c -> c.features().size()));
            int warningsBefore = warnings.size();
            schemas = phase("schemas", s -> s.schemas(scope), g -> g.schemas(scope), List.of(), List::size);
            if (schemas.isEmpty() && warnings.size() == warningsBefore) {
                requireSomeSchemaMatches(scope);
            }
            schemaDetails = sorted(discovered("schema-details", s -> s.schemaDetails(scope),
                    g -> g.schemaDetails(scope)), Comparator.comparing(SchemaDetails::name));
            if (wantTables) {
                tables = discovered("tables", s -> s.tables(scope), g -> g.tables(scope));
            }
            if (wantViews) {
                views = discovered("views", s -> s.views(scope), g -> g.views(scope));
            }
            if (scope.includes(ObjectKind.SEQUENCES)) {
                sequences = discovered("sequences", s -> s.sequences(scope), g -> g.sequences(scope));
            }
            if (scope.includes(ObjectKind.TYPES)) {
                types = discovered("types", s -> s.types(scope), g -> g.types(scope));
            }
            if (scope.includes(ObjectKind.ROUTINES)) {
                routines = discovered("routines", s -> s.routines(scope), g -> g.routines(scope));
            }
            if (scope.includes(ObjectKind.EXTENSIONS)) {
                extensions = discovered("extensions", s -> s.extensions(scope), g -> g.extensions(scope));
            }
            List<IndexInfo> indexes = indexesRun ? indexes(scope) : List.of();
            List<ConstraintInfo> constraints = constraintsRun ? constraints(scope) : List.of();
            tables = mergeTables(tables, indexes, constraints);
            views = mergeViews(views, indexes);
            if (!scope.tables().isEmpty()) {
                // a dialect may ignore the table restriction (it only saves reading): keep what was asked for
                tables = SnapshotMerge.within(tables, scope.tables(), TableInfo::ref);
                views = SnapshotMerge.within(views, scope.tables(), ViewInfo::ref);
            }
            sequences = sorted(sequences, Comparator.comparing(SequenceInfo::ref));
            types = sorted(types, Comparator.comparing(TypeInfo::ref));
            routines = sorted(routines, Comparator.comparing(RoutineInfo::ref).thenComparing(RoutineInfo::arguments));
            extensions = sorted(extensions, Comparator.comparing(ExtensionInfo::name));
            if (constraintsRun) {
                List<TableInfo> finalTables = tables;
                relationships = compute("relationships", () -> RelationshipAnalyzer.analyze(finalTables));
            }
            if (scope.includes(ObjectKind.RECOMMENDATIONS)) {
                SchemaInfo partial = new SchemaInfo(identity, capabilities, schemas, tables, views, sequences, types,
                        routines, extensions, relationships, List.of(), List.of(), null, schemaDetails);
                recommendations = recommendations(partial, constraintsRun, indexesRun);
            }
        } finally {
            closeSession();
        }
        DiscoveryMetrics metrics = new DiscoveryMetrics(phases, System.nanoTime() - startNanos, counter.statements(),
                counter.rows(), counter.texts(), retries);
        LOG.atInfo().addKeyValue("dialect", plugin.id()).addKeyValue("tables", tables.size())
                .addKeyValue("statements", metrics.statementsExecuted()).addKeyValue("rows", metrics.rowsRead())
                .addKeyValue("warnings", warnings.size()).addKeyValue("millis", metrics.totalNanos() / 1_000_000)
                .log("discovery finished");
        return new SchemaInfo(identity, capabilities, schemas, tables, views, sequences, types, routines, extensions,
                relationships, recommendations, warnings, metrics, schemaDetails);
    }

    /**
     * Reads only the named tables and views again and merges them into {@code stored}, the snapshot of an earlier
     * discovery with the same options: tables, views, indexes and constraints (with the triggers, policies, comments
     * and privileges the dialect puts on them) in one session on one connection whose scope is restricted to
     * {@code reread} (reading ahead on a second connection would cost its connect, and on SQLite a schema parse, to
     * save a few small reads); the sequences the reread tables own are read again (a table's digest covers them, see
     * {@link RereadSequences}); schemas, types, routines, extensions and capabilities are the stored ones
     * (the fingerprint's rest digest said they did not change). What the dialect returns outside the set is dropped,
     * so a dialect that ignores the restriction stays correct. Relationships are derived again for the reread tables
     * (the stored ones of the others kept). Recommendations come from the merged model: core's rules for the reread
     * tables only (the stored findings kept for the rest), the dialect's from
     * {@link DiscoverySession#recommendationsAfterReread} in the same session, or, when the dialect does not answer
     * that, from {@link DiscoverySession#recommendations} in a second session over the whole scope (a rule may read
     * the server for every table, as a full discovery would). The statements issued do not depend on how many tables
     * are reread.
     *
     * @param stored the stored snapshot
     * @param reread the tables and views to read again (tables named here and gone are dropped)
     * @return the merged model, with this run's warnings and metrics
     */
    public SchemaInfo reread(SchemaInfo stored, Set<TableRef> reread) {
        DiscoveryScope whole = options.scope();
        DiscoveryScope scope = whole.onlyTables(reread);
        context = new DiscoveryContext(source, identity, FingerprintRun.oneConnection(new DiscoveryOptions(scope,
                options.timeout(), options.statementTimeout(), options.maxReconnects(), options.initialBackoff(),
                options.maxConnections())), deadline, context.statementTimeout(), listener, context.executor());
        boolean wantTables = scope.includes(ObjectKind.TABLES);
        boolean wantViews = scope.includes(ObjectKind.VIEWS);
        boolean indexesRun = scope.includes(ObjectKind.INDEXES) && (wantTables || wantViews);
        boolean constraintsRun = scope.includes(ObjectKind.CONSTRAINTS) && wantTables;
        List<TableInfo> tables = stored.tables();
        List<ViewInfo> views = stored.views();
        List<SequenceInfo> sequences = stored.sequences();
        List<Relationship> relationships = List.of();
        List<Recommendation> recommendations = List.of();
        LOG.atInfo().addKeyValue("dialect", plugin.id()).addKeyValue("url", identity.url())
                .addKeyValue("tables", reread.size()).log("partial reread started");
        try {
            openSession();
            List<TableInfo> readTables = List.of();
            List<ViewInfo> readViews = List.of();
            if (wantTables) {
                readTables = discovered("tables", s -> s.tables(scope), g -> g.tables(scope));
            }
            if (wantViews) {
                readViews = discovered("views", s -> s.views(scope), g -> g.views(scope));
            }
            if (whole.includes(ObjectKind.SEQUENCES)) {
                // a sequence a table owns (serial, identity, OWNED BY) counts for that table's digest: those of the
                // reread tables are read again under the restriction (PostgreSQL has read them for the identity
                // columns already); only when a stored owner cannot be told, every sequence
                List<SequenceInfo> read = discovered("sequences", s -> s.sequences(scope), g -> g.sequences(scope));
                sequences = RereadSequences.merge(stored.sequences(), stored.tables(), reread, read)
                        .orElseGet(() -> sorted(discovered("sequences", s -> s.sequences(whole),
                                g -> g.sequences(whole)), Comparator.comparing(SequenceInfo::ref)));
            }
            List<IndexInfo> indexes = indexesRun ? indexes(scope) : List.of();
            List<ConstraintInfo> constraints = constraintsRun ? constraints(scope) : List.of();
            tables = SnapshotMerge.tables(stored.tables(), reread, mergeTables(
                    SnapshotMerge.within(readTables, reread, TableInfo::ref), indexes, constraints));
            views = SnapshotMerge.views(stored.views(), reread, mergeViews(
                    SnapshotMerge.within(readViews, reread, ViewInfo::ref), indexes));
            if (constraintsRun) {
                List<TableInfo> finalTables = tables;
                relationships = compute("relationships", () -> RelationshipAnalyzer.analyze(stored.relationships(),
                        finalTables, reread));
            }
            if (scope.includes(ObjectKind.RECOMMENDATIONS)) {
                SchemaInfo merged = stored.toBuilder().identity(identity).tables(tables).views(views)
                        .sequences(sequences).relationships(relationships).recommendations(List.of()).warnings(List.of()).metrics(null)
                        .build();
                recommendations = rereadRecommendations(stored, merged, reread, constraintsRun, indexesRun);
            }
        } finally {
            closeSession();
        }
        DiscoveryMetrics metrics = new DiscoveryMetrics(phases, System.nanoTime() - startNanos, counter.statements(),
                counter.rows(), counter.texts(), retries);
        LOG.atInfo().addKeyValue("dialect", plugin.id()).addKeyValue("tables", reread.size())
                .addKeyValue("statements", metrics.statementsExecuted()).addKeyValue("rows", metrics.rowsRead())
                .addKeyValue("warnings", warnings.size()).addKeyValue("millis", metrics.totalNanos() / 1_000_000)
                .log("partial reread finished");
        return stored.toBuilder().identity(identity).tables(tables).views(views).sequences(sequences)
                .relationships(relationships).recommendations(recommendations).warnings(warnings).metrics(metrics).build();
    }

    /**
     * Patterns that matched nothing although the database has schemas: fail, naming both. Costs one more schemas
     * query, and only on this error path; a schema phase that warned (unreadable schemas) is left alone.
     */
    private void requireSomeSchemaMatches(DiscoveryScope scope) {
        if (scope.includeSchemas().isEmpty() && scope.excludeSchemas().isEmpty()) {
            return;
        }
        DiscoveryScope everySchema = new DiscoveryScope(List.of(), List.of(), scope.kinds());
        List<String> existing = runPhase("schemas", s -> s.schemas(everySchema), g -> g.schemas(everySchema),
                List.of());
        if (existing != null && !existing.isEmpty() && existing.stream().noneMatch(scope::includesSchema)) {
            throw new NoMatchingSchemaException(scope.includeSchemas(), scope.excludeSchemas(), existing);
        }
    }

    private DatabaseCapabilities staticCapabilities() {
        try {
            DatabaseCapabilities c = plugin.strategy().capabilities(identity);
            return c == null ? DatabaseCapabilities.none() : c;
        } catch (RuntimeException e) {
            throw new DiscoveryFailedException(ErrorClass.OTHER, "dialect '" + plugin.id()
                    + "' failed to report capabilities: " + e, e);
        }
    }

    private List<Recommendation> recommendations(SchemaInfo partial, boolean constraintsRun, boolean indexesRun) {
        return compute("recommendations", () -> withDialect(partial,
                GenericRecommendations.evaluate(partial, constraintsRun, indexesRun)));
    }

    /**
     * The recommendations of a merged model, equal to a full discovery's: core's rules each look at one table and
     * its partition parent, so they run only for the reread tables and the partitions of those, and the stored
     * findings of those rules are kept for every other table (a model of 5000 tables costs 70-375 ms to evaluate
     * in full). The dialect's come from the reread's own session when the dialect answers
     * {@link DiscoverySession#recommendationsAfterReread}; else from a second session over the whole scope, because
     * core cannot tell which of its rules look further than one table (on one connection: it reads no indexes).
     */
    private List<Recommendation> rereadRecommendations(SchemaInfo stored, SchemaInfo merged, Set<TableRef> reread,
                                                       boolean constraintsRun, boolean indexesRun) {
        return compute("recommendations", () -> {
            Set<TableRef> affected = new HashSet<>(reread);
            Predicate<TableInfo> partitionOfReread = t -> t.partition() != null && t.partition().parent() != null
                    && reread.contains(t.partition().parent());
            stored.tables().stream().filter(partitionOfReread).forEach(t -> affected.add(t.ref()));
            merged.tables().stream().filter(partitionOfReread).forEach(t -> affected.add(t.ref()));
            Set<String> affectedNames = new HashSet<>();
            affected.forEach(t -> affectedNames.add(t.displayName()));
            List<Recommendation> all = new ArrayList<>();
            for (Recommendation r : stored.recommendations()) {
                if (GenericRecommendations.isGenericRule(r.ruleId()) && !affectedNames.contains(r.object())) {
                    all.add(r);
                }
            }
            all.addAll(GenericRecommendations.evaluate(merged, constraintsRun, indexesRun,
                    t -> affected.contains(t.ref())));
            int warningsBefore = warnings.size();
            Optional<List<Recommendation>> dialect = runPhase("recommendations",
                    s -> s.recommendationsAfterReread(merged, stored, reread), null, Optional.empty());
            if (dialect != null && dialect.isPresent()) {
                all.addAll(dialect.get());
                return sortedUnique(all);
            }
            if (warnings.size() > warningsBefore) {
                // the reread is dropped for a full discovery anyway
                return sortedUnique(all);
            }
            closeSession();
            context = new DiscoveryContext(source, identity, FingerprintRun.oneConnection(options), deadline,
                    context.statementTimeout(), listener, context.executor());
            openSession();
            return withDialect(merged, all);
        });
    }

    /** Core's findings with the dialect's for the same model, sorted and without duplicates. */
    private List<Recommendation> withDialect(SchemaInfo schema, List<Recommendation> generic) {
        List<Recommendation> all = new ArrayList<>(generic);
        List<Recommendation> dialect = runPhase("recommendations", s -> s.recommendations(schema), null, List.of());
        all.addAll(dialect == null ? List.of() : dialect);
        return sortedUnique(all);
    }

    private static List<Recommendation> sortedUnique(List<Recommendation> all) {
        List<Recommendation> out = new ArrayList<>(all);
        out.sort(RECOMMENDATION_ORDER);
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /** A phase that produces {@code Discovered} items: their warnings join the run's. */
    private <T> List<T> discovered(String name, SessionCall<Discovered<T>> call, SessionCall<Discovered<T>> fallback) {
        Discovered<T> result = phase(name, call, fallback, Discovered.empty(), d -> d.items().size());
        Discovered<T> safe = result == null ? Discovered.empty() : result;
        safe.warnings().forEach(this::warn);
        return safe.items();
    }

    /** A computation without SQL, timed like a phase. */
    private <T extends List<?>> T compute(String name, java.util.function.Supplier<T> body) {
        checkDeadline(name);
        listener.phaseStarted(name);
        StatementCounter.Snapshot before = counter.snapshot();
        long t0 = System.nanoTime();
        T result = body.get();
        finishPhase(name, t0, before, result.size());
        return result;
    }

    private <T> T phase(String name, SessionCall<T> call, SessionCall<T> fallback, T empty, ToIntFunction<T> size) {
        checkDeadline(name);
        listener.phaseStarted(name);
        LOG.atDebug().addKeyValue("dialect", plugin.id()).addKeyValue("phase", name).log("phase started");
        StatementCounter.Snapshot before = counter.snapshot();
        long t0 = System.nanoTime();
        T result = runPhase(name, call, fallback, empty);
        if (result == null) {
            result = empty;
        }
        finishPhase(name, t0, before, size.applyAsInt(result));
        return result;
    }

    private void finishPhase(String name, long t0, StatementCounter.Snapshot before, int items) {
        long nanos = System.nanoTime() - t0;
        StatementCounter.Snapshot used = counter.snapshot().minus(before);
        phases.add(new PhaseMetric(name, nanos, used.statements(), used.rows(), items));
        LOG.atDebug().addKeyValue("dialect", plugin.id()).addKeyValue("phase", name).addKeyValue("items", items)
                .addKeyValue("statements", used.statements()).addKeyValue("rows", used.rows())
                .addKeyValue("micros", nanos / 1000).log("phase finished");
        listener.phaseFinished(name, items);
    }

    private <T> T runPhase(String name, SessionCall<T> call, SessionCall<T> fallback, T empty) {
        boolean timeoutRetried = false;
        int shortageRetries = 0;
        try {
            while (true) {
                checkDeadline(name);
                try {
                    return call.call(session);
                } catch (SQLException e) {
                    checkDeadline(name);
                    ErrorClass cls = classify(e);
                    if (ResourceShortage.is(e)) {
                        if (shortageRetries >= options.maxReconnects()) {
                            throw new DiscoveryFailedException(cls, "dialect '" + plugin.id() + "' failed in phase '"
                                    + name + "' after " + shortageRetries + " retries: " + Urls.oneLine(e) + "; "
                                    + ResourceShortage.advice(), e);
                        }
                        shortageRetries++;
                        retries++;
                        listener.retrying(name, shortageRetries, e);
                        sleep(backoff(shortageRetries), name, "retry");
                        reopenSession(name);
                        continue;
                    }
                    LOG.atDebug().addKeyValue("dialect", plugin.id()).addKeyValue("phase", name)
                            .addKeyValue("errorClass", cls).addKeyValue("sqlState", e.getSQLState())
                            .addKeyValue("error", Urls.oneLine(e)).log("phase failed");
                    switch (cls) {
                        case CONNECTION -> reconnect(name, e);
                        case PERMISSION -> {
                            warn(new DiscoveryWarning(name, name, ErrorClass.PERMISSION, "permission denied while"
                                    + " reading " + name + "; they are missing from the result: " + Urls.oneLine(e)));
                            reopenSession(name);
                            return empty;
                        }
                        case SYNTAX -> {
                            return syntaxFallback(name, fallback, empty, e);
                        }
                        case TIMEOUT, LOCKED -> {
                            if (!timeoutRetried) {
                                timeoutRetried = true;
                                retries++;
                                listener.retrying(name, 1, e);
                                Duration doubled = context.statementTimeout().multipliedBy(2);
                                context = context.withStatementTimeout(doubled);
                                timeouts.set(doubled);
                                reopenSession(name);
                            } else {
                                warn(new DiscoveryWarning(name, name, cls, name + " failed twice (" + cls
                                        + ", statement timeout " + context.statementTimeout().toSeconds()
                                        + " s); they are missing from the result: " + Urls.oneLine(e)));
                                reopenSession(name);
                                return empty;
                            }
                        }
                        default -> throw new DiscoveryFailedException(cls, "dialect '" + plugin.id()
                                + "' failed in phase '" + name + "': " + Urls.oneLine(e), e);
                    }
                }
            }
        } catch (DiscoveryException e) {
            throw e;
        } catch (RuntimeException e) {
            checkDeadline(name);
            throw new DiscoveryFailedException(ErrorClass.OTHER, "dialect '" + plugin.id() + "' failed in phase '"
                    + name + "': " + e, e);
        }
    }

    private <T> T syntaxFallback(String name, SessionCall<T> fallback, T empty, SQLException cause) {
        boolean usable = fallback != null && !generic.id().equals(plugin.id());
        if (!usable) {
            warn(new DiscoveryWarning(name, name, ErrorClass.SYNTAX, "the catalog query for " + name
                    + " does not fit this server and no fallback exists; they are missing from the result: "
                    + Urls.oneLine(cause)));
            reopenSession(name);
            return empty;
        }
        warn(new DiscoveryWarning(name, name, ErrorClass.SYNTAX, "dialect '" + plugin.id() + "' could not read "
                + name + " (" + Urls.oneLine(cause) + "); used generic JDBC metadata instead"));
        closeSessionQuietly();
        DiscoverySession genericSession = null;
        try {
            genericSession = generic.strategy().open(context);
            return fallback.call(genericSession);
        } catch (SQLException e) {
            ErrorClass cls = generic.strategy().classify(e);
            warn(new DiscoveryWarning(name, name, cls, "the generic fallback for " + name
                    + " failed too; they are missing from the result: " + Urls.oneLine(e)));
            return empty;
        } finally {
            if (genericSession != null) {
                try {
                    genericSession.close();
                } catch (SQLException | RuntimeException e) {
                    LOG.atDebug().addKeyValue("error", e.toString()).log("generic session close failed");
                }
            }
            openSession();
        }
    }

    private ErrorClass classify(SQLException e) {
        try {
            ErrorClass cls = plugin.strategy().classify(e);
            return cls == null ? ErrorClass.OTHER : cls;
        } catch (RuntimeException failed) {
            LOG.atWarn().addKeyValue("dialect", plugin.id()).addKeyValue("error", failed.toString())
                    .log("classify failed; treating the error as OTHER");
            return ErrorClass.OTHER;
        }
    }

    private void openSession() {
        checkDeadline("open");
        try {
            session = plugin.strategy().open(context);
            if (session == null) {
                throw new DiscoveryFailedException(ErrorClass.OTHER, "dialect '" + plugin.id()
                        + "' returned no session", null);
            }
        } catch (SQLException e) {
            checkDeadline("open");
            ErrorClass cls = classify(e);
            if (cls == ErrorClass.CONNECTION) {
                reconnect("open", e);
                return;
            }
            throw new DiscoveryFailedException(cls, "dialect '" + plugin.id() + "' could not open a session: "
                    + Urls.oneLine(e), e);
        } catch (DiscoveryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DiscoveryFailedException(ErrorClass.OTHER, "dialect '" + plugin.id()
                    + "' could not open a session: " + e, e);
        }
    }

    /** Replaces the session so an aborted transaction does not poison the next phase. */
    private void reopenSession(String phase) {
        closeSessionQuietly();
        LOG.atDebug().addKeyValue("dialect", plugin.id()).addKeyValue("phase", phase).log("reopening the session");
        openSession();
    }

    /** Reconnects with exponential backoff and reopens the session, or throws. */
    private void reconnect(String phase, SQLException cause) {
        if (!source.canOpen()) {
            throw new DiscoveryConnectionException("connection lost during phase '" + phase
                    + "' and a caller's Connection cannot be reopened: " + Urls.oneLine(cause), cause);
        }
        SQLException last = cause;
        while (reconnects < options.maxReconnects()) {
            reconnects++;
            retries++;
            listener.retrying(phase, reconnects, last);
            sleep(backoff(reconnects), phase, "reconnect");
            LOG.atInfo().addKeyValue("dialect", plugin.id()).addKeyValue("phase", phase)
                    .addKeyValue("attempt", reconnects).log("reconnecting");
            closeSessionQuietly();
            try {
                source.reconnect();
                session = plugin.strategy().open(context);
                return;
            } catch (SQLException e) {
                checkDeadline(phase);
                last = e;
            }
        }
        throw new DiscoveryConnectionException("connection lost during phase '" + phase + "' and "
                + options.maxReconnects() + " reconnect attempt(s) failed: " + Urls.oneLine(last), last);
    }

    private Duration backoff(int attempt) {
        Duration d = options.initialBackoff();
        for (int i = 1; i < attempt && d.compareTo(MAX_BACKOFF) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    private void sleep(Duration d, String phase, String what) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (d.compareTo(left) >= 0) {
            throw new DiscoveryTimeoutException("discovery exceeded its deadline of " + options.timeout()
                    + " while waiting to " + what + " in phase '" + phase + "'");
        }
        try {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscoveryTimeoutException("discovery was interrupted while waiting to " + what + " in phase '"
                    + phase + "'");
        }
    }

    private void checkDeadline(String phase) {
        if (Instant.now().isAfter(deadline) || Thread.currentThread().isInterrupted()) {
            throw new DiscoveryTimeoutException("discovery exceeded its deadline of " + options.timeout()
                    + " in phase '" + phase + "'");
        }
    }

    private void closeSession() {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (SQLException | RuntimeException e) {
            if (source.canOpen()) {
                // Core owns (and discards) this connection: the result is complete, nothing is left to restore.
                LOG.atWarn().addKeyValue("dialect", plugin.id()).addKeyValue("error", Urls.oneLine(e))
                        .log("closing the dialect session failed");
            } else {
                warn(new DiscoveryWarning("session", "close", e instanceof SQLException sql ? classify(sql)
                        : ErrorClass.OTHER, "closing the dialect session failed, the caller's connection may not"
                        + " be restored: " + Urls.oneLine(e)));
            }
        } finally {
            session = null;
        }
    }

    private void closeSessionQuietly() {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (SQLException | RuntimeException e) {
            LOG.atDebug().addKeyValue("dialect", plugin.id()).addKeyValue("error", e.toString())
                    .log("session close failed");
        } finally {
            session = null;
        }
    }

    private void warn(DiscoveryWarning warning) {
        warnings.add(warning);
        LOG.atWarn().addKeyValue("dialect", plugin.id()).addKeyValue("phase", warning.phase())
                .addKeyValue("object", warning.object()).addKeyValue("errorClass", warning.errorClass())
                .log(warning.message());
        listener.warning(warning);
    }

    /** The scope's indexes from the dialect's index discovery (the generic one after a fallback). */
    private List<IndexInfo> indexes(DiscoveryScope scope) {
        return discovered("indexes", s -> plugin.indexDiscovery().indexes(s, scope),
                g -> generic.indexDiscovery().indexes(g, scope));
    }

    /** The scope's constraints from the dialect's constraint discovery (the generic one after a fallback). */
    private List<ConstraintInfo> constraints(DiscoveryScope scope) {
        return discovered("constraints", s -> plugin.constraintDiscovery().constraints(s, scope),
                g -> generic.constraintDiscovery().constraints(g, scope));
    }

    private static List<TableInfo> mergeTables(List<TableInfo> tables, List<IndexInfo> indexes,
                                               List<ConstraintInfo> constraints) {
        Map<TableRef, List<IndexInfo>> indexesByTable = group(indexes, IndexInfo::table);
        Map<TableRef, List<ConstraintInfo>> constraintsByTable = group(constraints, ConstraintInfo::table);
        List<TableInfo> out = new ArrayList<>(tables.size());
        for (TableInfo t : tables) {
            List<IndexInfo> mergedIndexes = mergeIndexes(t.indexes(), indexesByTable.get(t.ref()));
            LinkedHashSet<ConstraintInfo> mergedConstraints = new LinkedHashSet<>(t.constraints());
            mergedConstraints.addAll(constraintsByTable.getOrDefault(t.ref(), List.of()));
            List<ConstraintInfo> sortedConstraints = new ArrayList<>(mergedConstraints);
            sortedConstraints.sort(CONSTRAINT_ORDER);
            out.add(t.withIndexes(mergedIndexes).withConstraints(sortedConstraints));
        }
        out.sort(Comparator.comparing(TableInfo::ref));
        return List.copyOf(out);
    }

    private static List<ViewInfo> mergeViews(List<ViewInfo> views, List<IndexInfo> indexes) {
        Map<TableRef, List<IndexInfo>> indexesByTable = group(indexes, IndexInfo::table);
        List<ViewInfo> out = new ArrayList<>(views.size());
        for (ViewInfo v : views) {
            out.add(v.withIndexes(mergeIndexes(v.indexes(), indexesByTable.get(v.ref()))));
        }
        out.sort(Comparator.comparing(ViewInfo::ref));
        return List.copyOf(out);
    }

    private static List<IndexInfo> mergeIndexes(List<IndexInfo> existing, List<IndexInfo> found) {
        Map<String, IndexInfo> byName = new LinkedHashMap<>();
        existing.forEach(i -> byName.put(i.name(), i));
        if (found != null) {
            found.forEach(i -> byName.put(i.name(), i));
        }
        List<IndexInfo> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparing(IndexInfo::name));
        return out;
    }

    private static <T> Map<TableRef, List<T>> group(List<T> items, java.util.function.Function<T, TableRef> key) {
        Map<TableRef, List<T>> out = new LinkedHashMap<>();
        for (T item : items) {
            out.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return out;
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        List<T> out = new ArrayList<>(items);
        out.sort(order);
        return List.copyOf(out);
    }

    private static int constraintRank(ConstraintInfo c) {
        if (c instanceof PrimaryKey) {
            return 0;
        }
        if (c instanceof UniqueConstraint) {
            return 1;
        }
        if (c instanceof CheckConstraint) {
            return 2;
        }
        if (c instanceof ForeignKey) {
            return 3;
        }
        if (c instanceof ExclusionConstraint) {
            return 4;
        }
        return 5;
    }
}
