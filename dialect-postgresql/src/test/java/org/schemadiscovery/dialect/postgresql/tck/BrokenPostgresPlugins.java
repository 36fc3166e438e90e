package org.schemadiscovery.dialect.postgresql.tck;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.dialect.postgresql.tck.badlayout.BadLayoutConstraintDiscovery;
import org.schemadiscovery.dialect.postgresql.tck.badlayout.BadLayoutIndexDiscovery;
import org.schemadiscovery.dialect.postgresql.tck.badlayout.BadLayoutRenderer;
import org.schemadiscovery.dialect.postgresql.tck.badlayout.BadLayoutStrategy;
import org.schemadiscovery.tck.DialectServices;
import org.schemadiscovery.tck.ScriptClient;
import org.schemadiscovery.tck.TestDatabase;
import org.schemadiscovery.tck.TestDatabaseServer;
import org.schemadiscovery.tck.selfcheck.ForwardingStrategy;
import org.schemadiscovery.tck.selfcheck.ForwardingStrategy.ForwardingSession;

/**
 * Deliberately broken variants of the PostgreSQL plugin, each the kit run against it: {@link KitCoverageTest} checks
 * that each kit test fails, for its stated reason, against at least one of them. Not named *Test: only launched.
 */
final class BrokenPostgresPlugins {
    private BrokenPostgresPlugins() {
    }

    // ================================================================ registration and identity

    /** The index discovery states another dialect id than the strategy. */
    public static class ForeignIndexId extends PostgresKit {
        public ForeignIndexId() {
            super(() -> {
                DialectServices p = PostgresKit.plugin();
                IndexDiscovery real = p.indexDiscovery();
                IndexDiscovery other = new IndexDiscovery() {
                    @Override
                    public String dialect() {
                        return "postgresql-other";
                    }

                    @Override
                    public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope)
                            throws SQLException {
                        return real.indexes(session, scope);
                    }
                };
                return new DialectServices(p.strategy(), other, p.constraintDiscovery(), p.renderer(), p.normalizer());
            });
        }
    }

    /** The strategy targets the previous SPI version. */
    public static class OldApiVersion extends PostgresKit {
        public OldApiVersion() {
            super(() -> services(new ForwardingStrategy(PostgresKit.plugin().strategy(), s -> s) {
                @Override
                public int apiVersion() {
                    return delegate.apiVersion() - 1;
                }
            }));
        }
    }

    /** The strategy scores 0 for PostgreSQL, so generic is chosen for it. */
    public static class ScoresNothing extends PostgresKit {
        public ScoresNothing() {
            super(() -> services(new ForwardingStrategy(PostgresKit.plugin().strategy(), s -> s) {
                @Override
                public int score(DatabaseIdentity identity) {
                    return 0;
                }
            }));
        }
    }

    /** The strategy claims every product. */
    public static class ScoresEverything extends PostgresKit {
        public ScoresEverything() {
            super(() -> services(new ForwardingStrategy(PostgresKit.plugin().strategy(), s -> s) {
                @Override
                public int score(DatabaseIdentity identity) {
                    return Math.max(1, delegate.score(identity));
                }
            }));
        }
    }

    /**
     * Every service a wrapper outside the plugin's module: no module-info and no META-INF/services name them, so
     * ServiceLoader finds the real classes instead.
     */
    public static class Unregistered extends PostgresKit {
        public Unregistered() {
            super(() -> Breakage.sessions(s -> new ForwardingSession(s)));
        }
    }

    /** Declares neither sequences nor server-process, so the kit tests they gate would skip. */
    public static class DroppedCapabilities extends PostgresKit {
        public DroppedCapabilities() {
            super(() -> services(new ForwardingStrategy(PostgresKit.plugin().strategy(), s -> s) {
                @Override
                public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
                    DatabaseCapabilities c = delegate.capabilities(identity);
                    Set<String> kept = new TreeSet<>(c.features());
                    kept.remove(Capability.SEQUENCES);
                    kept.remove(Capability.SERVER_PROCESS);
                    return new DatabaseCapabilities(kept, c.settings());
                }
            }));
        }
    }

    /** Lists no schema. */
    public static class NoSchemas extends PostgresKit {
        public NoSchemas() {
            super(() -> Breakage.sessions(s -> new ForwardingSession(s) {
                @Override
                public List<String> schemas(DiscoveryScope scope) {
                    return List.of();
                }
            }));
        }
    }

    // ================================================================ tables and columns

    /** Loses the last table it reads. */
    public static class LostTable extends PostgresKit {
        public LostTable() {
            super(() -> Breakage.sessions(s -> new ForwardingSession(s) {
                @Override
                public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
                    Discovered<TableInfo> d = delegate.tables(scope);
                    List<TableInfo> sorted = d.items().stream().sorted(Comparator.comparing(TableInfo::ref))
                            .toList();
                    return new Discovered<>(sorted.subList(0, Math.max(0, sorted.size() - 1)), d.warnings());
                }
            }));
        }
    }

    /** Reports every column's nullability inverted. */
    public static class WrongNullability extends PostgresKit {
        public WrongNullability() {
            super(() -> Breakage.tables(t -> t.toBuilder().columns(t.columns().stream()
                    .map(c -> new ColumnInfo(c.name(), c.ordinal(), c.type(), !c.nullable(), c.defaultValue(),
                            c.identity(), c.generated(), c.collation(), c.comment(), c.hidden(), c.options()))
                    .toList()).build()));
        }
    }

    /** Loses generation expressions, identity and comments of columns and tables. */
    public static class LostColumnDetails extends PostgresKit {
        public LostColumnDetails() {
            super(() -> Breakage.tables(t -> t.toBuilder().comment(null).columns(t.columns().stream()
                    .map(c -> new ColumnInfo(c.name(), c.ordinal(), c.type(), c.nullable(), c.defaultValue(), null,
                            null, c.collation(), null, c.hidden(), c.options()))
                    .toList()).build()));
        }
    }

    /** Lower-cases column names (as if it folded quoted identifiers). */
    public static class LowerCasedColumns extends PostgresKit {
        public LowerCasedColumns() {
            super(() -> Breakage.tables(t -> t.toBuilder().columns(t.columns().stream()
                    .map(c -> new ColumnInfo(c.name().toLowerCase(Locale.ROOT), c.ordinal(), c.type(), c.nullable(),
                            c.defaultValue(), c.identity(), c.generated(), c.collation(), c.comment(), c.hidden(),
                            c.options()))
                    .toList()).build()));
        }
    }

    // ================================================================ keys and constraints

    /** Loses primary keys, unique and check constraints. */
    public static class DroppedKeys extends PostgresKit {
        public DroppedKeys() {
            super(() -> Breakage.constraints(cs -> cs.stream().filter(c -> !(c instanceof PrimaryKey
                    || c instanceof UniqueConstraint || c instanceof CheckConstraint)).toList()));
        }
    }

    /** Loses foreign keys. */
    public static class DroppedForeignKeys extends PostgresKit {
        public DroppedForeignKeys() {
            super(() -> Breakage.constraints(cs -> cs.stream().filter(c -> !(c instanceof ForeignKey)).toList()));
        }
    }

    /** Loses foreign keys, but only in a discovery restricted to some tables (the incremental reread). */
    public static class RestrictedDropsForeignKeys extends PostgresKit {
        public RestrictedDropsForeignKeys() {
            super(() -> Breakage.restrictedConstraints(cs -> cs.stream().filter(c -> !(c instanceof ForeignKey))
                    .toList()));
        }
    }

    /** Reports every foreign key as not deferrable. */
    public static class NotDeferrable extends PostgresKit {
        public NotDeferrable() {
            super(() -> Breakage.constraints(cs -> cs.stream().map(c -> c instanceof ForeignKey f
                    ? new ForeignKey(f.name(), f.table(), f.columns(), f.referencedTable(), f.referencedColumns(),
                            f.match(), f.onUpdate(), f.onDelete(), false, false, f.validated(), f.comment())
                    : c).toList()));
        }
    }

    // ================================================================ indexes

    /** Reports the indexes behind primary keys and unique constraints as if they backed none. */
    public static class UnboundIndexes extends PostgresKit {
        public UnboundIndexes() {
            super(() -> Breakage.indexes(is -> is.stream().map(i -> i.toBuilder().constraint(null).build())
                    .toList()));
        }
    }

    /** Loses sort directions, predicates, INCLUDE columns, comments, and indexes on expressions. */
    public static class SimplifiedIndexes extends PostgresKit {
        public SimplifiedIndexes() {
            super(() -> Breakage.indexes(is -> is.stream()
                    .filter(i -> i.elements().stream().allMatch(e -> e.column() != null))
                    .map(i -> i.toBuilder().elements(i.elements().stream()
                            .map(e -> new IndexElement(e.column(), null, SortOrder.ASC, e.nulls(), e.opclass(),
                                    e.collation())).toList())
                            .include(List.of()).predicate(null).comment(null).build())
                    .toList()));
        }
    }

    // ================================================================ other objects

    /** Reads no views. */
    public static class NoViews extends PostgresKit {
        public NoViews() {
            super(() -> Breakage.sessions(s -> new ForwardingSession(s) {
                @Override
                public Discovered<ViewInfo> views(DiscoveryScope scope) {
                    return Discovered.of(List.of());
                }
            }));
        }
    }

    /** Reads no sequences, types, routines or triggers. */
    public static class NoOtherObjects extends PostgresKit {
        public NoOtherObjects() {
            super(() -> Breakage.sessions(s -> new ForwardingSession(s) {
                @Override
                public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
                    Discovered<TableInfo> d = delegate.tables(scope);
                    return new Discovered<>(d.items().stream().map(t -> t.toBuilder().triggers(List.of()).build())
                            .toList(), d.warnings());
                }

                @Override
                public Discovered<SequenceInfo> sequences(DiscoveryScope scope) {
                    return Discovered.of(List.of());
                }

                @Override
                public Discovered<TypeInfo> types(DiscoveryScope scope) {
                    return Discovered.of(List.of());
                }

                @Override
                public Discovered<RoutineInfo> routines(DiscoveryScope scope) {
                    return Discovered.of(List.of());
                }
            }));
        }
    }

    /** A renderer whose script leaves out indexes (and their comments) and triggers. */
    public static class LossyRenderer extends PostgresKit {
        public LossyRenderer() {
            super(() -> Breakage.script(script -> script.stream()
                    .filter(st -> !st.matches("(?s)CREATE (UNIQUE )?INDEX .*|COMMENT ON INDEX .*"
                            + "|CREATE (OR REPLACE )?TRIGGER .*"))
                    .toList()));
        }
    }

    // ================================================================ scale, failures, concurrency, read-only

    /** Reads the tables set-based, then runs one more query per table. */
    public static class PerTableQuery extends PostgresKit {
        public PerTableQuery() {
            super(() -> Breakage.sessions(s -> new ForwardingSession(s) {
                @Override
                public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
                    Discovered<TableInfo> d = delegate.tables(scope);
                    try (Statement st = connection().createStatement()) {
                        for (TableInfo t : d.items()) {
                            try (var rs = st.executeQuery("SELECT count(*) FROM \"" + t.ref().schema() + "\".\""
                                    + t.ref().name() + "\"")) {
                                rs.next();
                            }
                        }
                    }
                    return d;
                }
            }));
        }
    }

    /**
     * Also counts the rows of each table, as {@link PerTableQuery}, but on the driver's connection unwrapped from
     * core's counting proxy: core's count (and so the scale comparison of texts) stays as the real plugin's.
     */
    public static class Unwrapped extends PostgresKit {
        public Unwrapped() {
            super(() -> Breakage.sessions(s -> new ForwardingSession(s) {
                @Override
                public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
                    Discovered<TableInfo> d = delegate.tables(scope);
                    Connection raw = (Connection) connection().unwrap(org.postgresql.PGConnection.class);
                    try (Statement st = raw.createStatement()) {
                        for (TableInfo t : d.items()) {
                            try (var rs = st.executeQuery("SELECT count(*) FROM \"" + t.ref().schema() + "\".\""
                                    + t.ref().name() + "\"")) {
                                rs.next();
                            }
                        }
                    }
                    return d;
                }
            }));
        }
    }

    /** Reads around an unreadable object like the real plugin, but drops the warnings saying so. */
    public static class MissingWarning extends PostgresKit {
        public MissingWarning() {
            super(() -> {
                DialectServices silent = Breakage.sessions(s -> new ForwardingSession(s) {
                    @Override
                    public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
                        return Discovered.of(delegate.tables(scope).items());
                    }

                    @Override
                    public Discovered<ViewInfo> views(DiscoveryScope scope) throws SQLException {
                        return Discovered.of(delegate.views(scope).items());
                    }
                });
                return new DialectServices(silent.strategy(), silently(silent.indexDiscovery()),
                        silently(silent.constraintDiscovery()), silent.renderer(), silent.normalizer());
            });
        }
    }

    /** Keeps the tables it read in a field shared by every session (and thread). */
    public static class SharedState extends PostgresKit {
        public SharedState() {
            super(() -> {
                AtomicReference<Discovered<TableInfo>> shared = new AtomicReference<>();
                return Breakage.sessions(s -> new ForwardingSession(s) {
                    @Override
                    public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
                        shared.set(delegate.tables(scope));
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return shared.get();
                    }
                });
            });
        }
    }

    /**
     * Once its session is closed, turns the connection's read-only default off (the kit's server-side guard) and
     * creates a table through it.
     */
    public static class Writing extends PostgresKit {
        public Writing() {
            super(() -> Breakage.sessions(s -> new ForwardingSession(s) {
                @Override
                public void close() throws SQLException {
                    Connection c = connection();
                    delegate.close();
                    if (!c.getAutoCommit()) {
                        c.rollback();
                    }
                    try (Statement st = c.createStatement()) {
                        st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE");
                        st.execute("CREATE TABLE IF NOT EXISTS tck_written (x integer)");
                    }
                    if (!c.getAutoCommit()) {
                        c.commit();
                    }
                }
            }));
        }
    }

    /** Leaves the caller's connection read-only. */
    public static class LeavesReadOnly extends PostgresKit {
        public LeavesReadOnly() {
            super(() -> Breakage.sessions(s -> new ForwardingSession(s) {
                @Override
                public void close() throws SQLException {
                    Connection c = connection();
                    delegate.close();
                    c.setReadOnly(true);
                }
            }));
        }
    }

    // ================================================================ migrations

    /** The planner finds the changes but its plan has no step: applying it changes nothing. */
    public static class PlansNothing extends PostgresKit {
        public PlansNothing() {
            super(PostgresKit::plugin);
        }

        @Override
        protected Optional<MigrationPlanner> planner() {
            return super.planner().map(real -> new MigrationPlanner() {
                @Override
                public String dialect() {
                    return real.dialect();
                }

                @Override
                public MigrationPlan plan(SchemaInfo from, SchemaInfo to, List<SchemaChange> changes,
                        PlannerOptions options) {
                    MigrationPlan p = real.plan(from, to, changes, options);
                    return new MigrationPlan(p.dialect(), p.options(), List.of(), p.leftOut(), p.unsupported());
                }
            });
        }
    }

    /** Not the plugin but its kit subclass is broken: a planner, but no client to apply its scripts. */
    public static class NoScriptClient extends PostgresKit {
        public NoScriptClient() {
            super(PostgresKit::plugin);
        }

        @Override
        protected Optional<ScriptClient> scriptClient() {
            return Optional.empty();
        }
    }

    // ================================================================ architecture

    /**
     * The plugin repackaged in {@code badlayout}, which breaks each architecture rule once (see
     * {@link BadLayoutStrategy}); it still discovers, through the real plugin's classes.
     */
    public static class BadLayout extends PostgresKit {
        public BadLayout() {
            super(() -> DialectServices.of(new BadLayoutStrategy(), new BadLayoutIndexDiscovery(),
                    new BadLayoutConstraintDiscovery(), new BadLayoutRenderer()));
        }
    }

    /** Not the plugin but its kit subclass is broken: its "missing" database is the test's own. */
    public static class MissingDatabaseExists extends PostgresKit {
        private final AtomicReference<String> lastCreated = new AtomicReference<>();

        public MissingDatabaseExists() {
            super(PostgresKit::plugin);
        }

        @Override
        protected TestDatabaseServer server() {
            TestDatabaseServer real = super.server();
            return new TestDatabaseServer() {
                @Override
                public String dialect() {
                    return real.dialect();
                }

                @Override
                public List<String> localDefaultUrls() {
                    return real.localDefaultUrls();
                }

                @Override
                public TestDatabase create(String serverUrl, String name) throws SQLException {
                    TestDatabase db = real.create(serverUrl, name);
                    lastCreated.set(db.jdbcUrl());
                    return db;
                }

                @Override
                public String missingDatabaseUrl(String serverUrl) {
                    return lastCreated.get();
                }
            };
        }
    }

    private static DialectServices services(DiscoveryStrategy strategy) {
        DialectServices p = PostgresKit.plugin();
        return new DialectServices(strategy, p.indexDiscovery(), p.constraintDiscovery(), p.renderer(), p.normalizer());
    }

    private static IndexDiscovery silently(IndexDiscovery d) {
        return new IndexDiscovery() {
            @Override
            public String dialect() {
                return d.dialect();
            }

            @Override
            public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope)
                    throws SQLException {
                return Discovered.of(d.indexes(session, scope).items());
            }
        };
    }

    private static ConstraintDiscovery silently(
            ConstraintDiscovery d) {
        return new ConstraintDiscovery() {
            @Override
            public String dialect() {
                return d.dialect();
            }

            @Override
            public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
                    throws SQLException {
                return Discovered.of(d.constraints(session, scope).items());
            }
        };
    }
}
