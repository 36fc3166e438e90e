package org.schemadiscovery.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.GeneratedColumn;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.Relationship;
import org.schemadiscovery.api.model.RelationshipKind;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.TypeKind;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.diff.SchemaNormalizer;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.json.JsonCodec;
import org.schemadiscovery.core.registry.DialectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialect compatibility kit: every dialect plugin's test subclasses it and passes. The subclass says how to get
 * the plugin instances (a {@link Supplier} of {@link DialectServices}), where databases come from
 * ({@link #server()}), what its scenarios look like in its syntax ({@link #fixtures()}), and stages what only it
 * can ({@link #stageUnreadableObject}, {@link #connectionKiller}). Every assertion lives here, once.
 *
 * <pre>{@code
 * class SqliteCompatibilityTest extends DialectCompatibilityKit {
 *     SqliteCompatibilityTest() {
 *         super(() -> DialectServices.load("sqlite"));
 *     }
 *     protected TestDatabaseServer server() { return new SqliteTestServer(); }
 *     protected DialectFixtures fixtures() { return new SqliteFixtures(); }
 *     protected StagedObject stageUnreadableObject(TestDatabase db) throws Exception { ... }
 * }
 * }</pre>
 *
 * <p>Each test creates its own fresh database and drops it afterwards. Scenarios the strategy's
 * {@link DiscoveryStrategy#capabilities capabilities} exclude are skipped with the capability named. A test that
 * finds no database fails while the system property {@code tck.require} is true (also when unset), and is skipped
 * only with {@code -Dtck.require=false}.
 */
@ExtendWith(KitSettings.class)
public abstract class DialectCompatibilityKit {
    private static final Logger LOG = LoggerFactory.getLogger(DialectCompatibilityKit.class);
    private static final String RENDERER = "ddl-renderer";
    private static final int THREADS = 8;
    /** Capabilities every dialect declares: the kit never skips what they gate. */
    private static final List<String> FLOOR = List.of(Capability.FOREIGN_KEYS);

    private final Supplier<DialectServices> services;
    private final List<TestDatabase> databases = new ArrayList<>();
    private DialectServices plugins;
    private Provisioning.Server provisioned;
    private DatabaseIdentity serverIdentity;

    /** @param services the plugin instances under test; called once per test */
    protected DialectCompatibilityKit(Supplier<DialectServices> services) {
        this.services = services;
    }

    // ================================================================ what the subclass supplies

    /** Where this dialect's test databases come from. */
    protected abstract TestDatabaseServer server();

    /** The dialect's scenario DDL and expected values. */
    protected abstract DialectFixtures fixtures();

    /**
     * Makes one object of {@code db} unreadable for discovery while the rest stays readable, e.g. a table another
     * session holds an ACCESS EXCLUSIVE lock on (PostgreSQL), or a virtual table whose module is not loaded (SQLite).
     * The database already holds the {@link DialectFixtures#columnsDdl()} and {@link DialectFixtures#keysDdl()}
     * scenarios; the staged object must be a new one.
     */
    protected StagedObject stageUnreadableObject(TestDatabase db) throws Exception {
        throw new UnsupportedOperationException("the kit subclass of dialect '" + dialect() + "' neither stages an"
                + " unreadable object (stageUnreadableObject) nor declines the scenario (unreadableObjectUnsupported)");
    }

    /**
     * Why this database has no object discovery could fail to read while the rest stays readable (e.g. an embedded
     * database without locks, permissions or pluggable table modules); the kit shows it as the unreadable-object
     * scenario's skip reason, counted like a capability skip. Empty by default: the scenario then runs and needs
     * {@link #stageUnreadableObject}.
     */
    protected Optional<String> unreadableObjectUnsupported() {
        return Optional.empty();
    }

    /**
     * Prepares to kill {@code victim}'s session from outside (needed when the strategy declares
     * {@link Capability#SERVER_PROCESS}), e.g. by reading its backend id now and terminating it later from another
     * connection.
     */
    protected ConnectionKiller connectionKiller(TestDatabase db, Connection victim) throws Exception {
        throw new UnsupportedOperationException("the dialect declares " + Capability.SERVER_PROCESS
                + " but its kit subclass does not override connectionKiller(...)");
    }

    /**
     * Why a session of this server dialect cannot be killed from another connection, for a dialect that does not
     * declare {@link Capability#SERVER_PROCESS}; the kit shows it as the killed-connection scenario's skip reason.
     * Empty by default: a server dialect that neither declares the capability nor names a reason fails that
     * scenario, so it cannot be skipped by declaring nothing. Embedded databases ({@link TestDatabaseServer#embedded})
     * need no reason.
     */
    protected Optional<String> sessionKillUnsupported() {
        return Optional.empty();
    }

    /**
     * A server this subclass brings itself, e.g. a PostgreSQL of another version it started for a version matrix:
     * used instead of the environment variable, the local default server and the provisioners. Empty by default.
     */
    protected Optional<String> ownServerUrl() {
        return Optional.empty();
    }

    /** Options of every run; the default allows two minutes and 30 s per statement, every object kind. */
    protected DiscoveryOptions options() {
        return DiscoveryOptions.builder().timeout(Duration.ofMinutes(2)).statementTimeout(Duration.ofSeconds(30))
                .build();
    }

    /**
     * A recorded statement text as the scale group compares it between runs of 10, 100 and 1000 tables. By default
     * the text itself. Override only to mask a token that differs on every run whatever the number of tables and
     * that the server takes no parameter for, e.g. the snapshot id of PostgreSQL's {@code SET TRANSACTION
     * SNAPSHOT '...'}; anything that grows with the tables must still fail the comparison.
     */
    protected String comparableStatement(String text) {
        return text;
    }

    /**
     * Jars or class directories holding the plugin, put on the forked JVM's class or module path together with
     * core, the JDBC driver and what their modules require (found among this JVM's class path entries). By default
     * the locations of the services' classes.
     */
    protected List<Path> pluginLocations() {
        DialectServices p = plugins();
        Set<Path> locations = new LinkedHashSet<>();
        locations.add(ForkedJvm.locationOf(p.strategy().getClass()));
        locations.add(ForkedJvm.locationOf(p.indexDiscovery().getClass()));
        locations.add(ForkedJvm.locationOf(p.constraintDiscovery().getClass()));
        p.renderer().ifPresent(r -> locations.add(ForkedJvm.locationOf(r.getClass())));
        return List.copyOf(locations);
    }

    /**
     * The packages of the JDBC driver, which the plugin may depend on besides the API and SLF4J (the architecture
     * group). By default the package, to its second segment, of every registered driver that accepts the
     * environment's URL or one of {@link TestDatabaseServer#localDefaultUrls()}, e.g. {@code org.postgresql}.
     */
    protected List<String> driverPackages() {
        List<String> urls = new ArrayList<>(server().localDefaultUrls());
        Provisioning.environmentUrl(server()).ifPresent(urls::add);
        Set<String> packages = new TreeSet<>();
        for (java.sql.Driver driver : java.util.Collections.list(DriverManager.getDrivers())) {
            for (String url : urls) {
                try {
                    if (driver.acceptsURL(url)) {
                        String[] parts = driver.getClass().getPackageName().split("\\.");
                        packages.add(parts.length < 2 ? parts[0] : parts[0] + "." + parts[1]);
                    }
                } catch (SQLException e) {
                    // a driver that cannot judge a URL is not the one
                }
            }
        }
        return List.copyOf(packages);
    }

    // ================================================================ helpers for the groups (and subclasses)

    /** The plugin instances of this test. */
    protected final DialectServices plugins() {
        if (plugins == null) {
            plugins = services.get();
        }
        return plugins;
    }

    /** The dialect id under test. */
    protected final String dialect() {
        return plugins().dialect();
    }

    /** A fresh, empty, uniquely named database, dropped after the test. */
    protected final TestDatabase freshDatabase() throws SQLException {
        TestDatabaseServer server = server();
        if (provisioned == null) {
            Optional<Provisioning.Server> found = ownServerUrl()
                    .map(url -> new Provisioning.Server(url, "the kit subclass " + getClass().getSimpleName()))
                    .or(() -> Provisioning.find(server));
            if (found.isEmpty()) {
                String message = Provisioning.noDatabaseMessage(server);
                if (Provisioning.required()) {
                    fail(message);
                }
                Assumptions.abort(message);
            }
            provisioned = found.get();
        }
        String name = "tck_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        TestDatabase db;
        try {
            db = server.create(provisioned.serverUrl(), name);
        } catch (SQLException e) {
            throw new SQLException("cannot create test database " + name + " on the " + server.dialect()
                    + " server from " + provisioned.source() + ": " + e.getMessage(), e.getSQLState(), e);
        }
        databases.add(db);
        return db;
    }

    /** A fresh database holding the given DDL, run in order. */
    @SafeVarargs
    protected final TestDatabase database(List<String>... ddl) throws SQLException {
        TestDatabase db = freshDatabase();
        for (List<String> statements : ddl) {
            db.execute(statements);
        }
        return db;
    }

    /** A SchemaDiscovery that knows exactly the plugins under test (no ServiceLoader). */
    protected final SchemaDiscovery discovery(DiscoveryOptions options, DiscoveryListener listener) {
        DialectServices p = plugins();
        var builder = SchemaDiscovery.builder().loadServices(false).register(p.strategy())
                .register(p.indexDiscovery()).register(p.constraintDiscovery()).options(options);
        p.renderer().ifPresent(builder::register);
        p.normalizer().ifPresent(builder::register);
        if (listener != null) {
            builder.listener(listener);
        }
        return builder.build();
    }

    /** {@link #discovery(DiscoveryOptions, DiscoveryListener)} with {@link #options()} and no listener. */
    protected final SchemaDiscovery discovery() {
        return discovery(options(), null);
    }

    /** Discovers {@code db} through its URL, with the properties under which the server refuses writes. */
    protected final SchemaInfo discover(TestDatabase db) {
        return discovery().discover(db.jdbcUrl(), db.readOnlyProperties());
    }

    /** What the test server says it is, before any discovery (as the strategy sees it for capabilities). */
    protected final DatabaseIdentity serverIdentity(TestDatabase db) throws SQLException {
        if (serverIdentity == null) {
            try (Connection c = db.connect()) {
                DatabaseMetaData md = c.getMetaData();
                serverIdentity = new DatabaseIdentity(md.getDatabaseProductName(), md.getDatabaseProductVersion(),
                        md.getDatabaseMajorVersion(), md.getDatabaseMinorVersion(),
                        md.getDriverName() + " " + md.getDriverVersion(), md.getURL(), null);
            }
        }
        return serverIdentity;
    }

    /** True when the strategy declares the capability for the test server. */
    protected final boolean supports(TestDatabase db, String capability) throws SQLException {
        return plugins().strategy().capabilities(serverIdentity(db)).supports(capability);
    }

    /** Skips the test, naming the capability, unless the strategy declares it. */
    protected final void assumeCapability(TestDatabase db, String capability) throws SQLException {
        Assumptions.assumeTrue(supports(db, capability),
                () -> "skipped: dialect '" + dialect() + "' does not declare capability '" + capability + "'");
    }

    /**
     * The dialect's migration planner, if it has one; by default the one {@link java.util.ServiceLoader} finds for
     * the dialect id. Without one the "migrations" group is skipped, naming it.
     */
    protected Optional<MigrationPlanner> planner() {
        for (MigrationPlanner p : java.util.ServiceLoader.load(MigrationPlanner.class)) {
            if (dialect().equals(p.dialect())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The dialect's own command-line client for migration scripts; needed by the "migrations" group. */
    protected Optional<ScriptClient> scriptClient() {
        return Optional.empty();
    }

    /** The reference of a fixture object. */
    protected final TableRef ref(TestDatabase db, String name) {
        return fixtures().ref(db, name);
    }

    /** The constraint name the dialect reports for a declared one. */
    protected final String cn(String declared) {
        return fixtures().constraintName(declared);
    }

    /** The discovered table, or a failure listing what was found. */
    protected static TableInfo table(SchemaInfo schema, TableRef ref) {
        return schema.table(ref).orElseGet(() -> fail("table " + ref + " not discovered; tables: "
                + schema.tables().stream().map(TableInfo::ref).toList() + "; warnings: " + schema.warnings()));
    }

    @AfterEach
    final void dropDatabases() {
        for (TestDatabase db : databases) {
            try {
                db.close();
            } catch (Exception e) {
                LOG.warn("could not drop test database {}: {}", db.name(), e.toString());
            }
        }
        databases.clear();
    }

    private static <T extends ConstraintInfo> List<T> constraints(TableInfo t, Class<T> kind) {
        return t.constraints().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static List<ColumnInfo> plainColumns(List<ColumnInfo> columns) {
        return columns.stream().map(KitModelViews::withoutOptions).toList();
    }

    private List<IndexInfo> userIndexes(TableInfo t) {
        return t.indexes().stream()
                .filter(i -> i.constraint() == null && !fixtures().isGeneratedName(i.name()))
                .map(KitModelViews::withoutOptions)
                .sorted(Comparator.comparing(IndexInfo::name)).toList();
    }

    private IndexInfo expectedIndex(TableRef table, String name, boolean unique, List<IndexElement> elements,
                                    List<String> include, String predicate) {
        return new IndexInfo(name, table, unique, fixtures().indexMethod(), elements, include, predicate, false,
                null, true, Map.of());
    }

    private static ColumnInfo column(String name, int ordinal, DataType type, boolean nullable, String def) {
        return new ColumnInfo(name, ordinal, type, nullable, def, null, null, null, null, false, Map.of());
    }

    private static List<String> names(List<ColumnInfo> columns) {
        return columns.stream().map(ColumnInfo::name).toList();
    }

    private static String scaleName(int i) {
        return String.format(Locale.ROOT, "tck_scale_%04d", i);
    }

    /** DDL that a round trip covers for this dialect's capabilities: tables, keys and indexes. */
    private List<String> roundTripTablesDdl(TestDatabase db) throws SQLException {
        DialectFixtures f = fixtures();
        List<String> ddl = new ArrayList<>(f.columnsDdl());
        ddl.addAll(f.keysDdl());
        ddl.addAll(f.indexesDdl());
        addIf(db, ddl, Capability.DEFERRABLE_CONSTRAINTS, f::deferrableDdl);
        addIf(db, ddl, Capability.PARTIAL_INDEXES, f::partialIndexDdl);
        addIf(db, ddl, Capability.EXPRESSION_INDEXES, f::expressionIndexDdl);
        addIf(db, ddl, Capability.COVERING_INDEXES, f::coveringIndexDdl);
        addIf(db, ddl, Capability.GENERATED_COLUMNS, f::generatedColumnDdl);
        addIf(db, ddl, Capability.IDENTITY_COLUMNS, f::identityColumnDdl);
        addIf(db, ddl, Capability.COMMENTS, f::commentsDdl);
        addIf(db, ddl, Capability.COMMENTS, f::indexCommentDdl);
        return ddl;
    }

    /** DDL of the other object kinds a round trip covers for this dialect's capabilities. */
    private List<String> roundTripObjectsDdl(TestDatabase db) throws SQLException {
        DialectFixtures f = fixtures();
        List<String> ddl = new ArrayList<>();
        addIf(db, ddl, Capability.VIEWS, f::viewsDdl);
        if (supports(db, Capability.VIEWS)) {
            addIf(db, ddl, Capability.MATERIALIZED_VIEWS, f::materializedViewDdl);
        }
        addIf(db, ddl, Capability.SEQUENCES, f::sequenceDdl);
        addIf(db, ddl, Capability.USER_TYPES, f::enumTypeDdl);
        addIf(db, ddl, Capability.ROUTINES, f::routineDdl);
        addIf(db, ddl, Capability.TRIGGERS, f::triggerDdl);
        return ddl;
    }

    private void addIf(TestDatabase db, List<String> ddl, String capability, Supplier<List<String>> part)
            throws SQLException {
        if (supports(db, capability)) {
            ddl.addAll(part.get());
        }
    }

    private DdlRenderer assumeRenderer() {
        Optional<DdlRenderer> renderer = plugins().renderer();
        Assumptions.assumeTrue(renderer.isPresent(),
                () -> "skipped: dialect '" + dialect() + "' provides no DdlRenderer (capability '" + RENDERER + "')");
        return renderer.orElseThrow();
    }

    /**
     * Discovers {@code source}, renders it, applies the script to a fresh database and discovers that; returns both
     * as {@link KitModelViews.Comparable}s. Where the schema is the test database itself (MySQL: {@link DialectFixtures#ref}
     * puts objects in a schema named like the database), that schema name is normalized too, since the copy lives
     * in another database.
     */
    private KitModelViews.Comparable[] roundTrip(TestDatabase source, DdlRenderer renderer) throws SQLException {
        SchemaInfo original = discover(source);
        assertThat(original.warnings()).as("warnings discovering the source").isEmpty();
        List<String> script = renderer.script(original);
        assertThat(script).as("script of a non-empty schema").isNotEmpty();
        TestDatabase target = freshDatabase();
        target.execute(script);
        SchemaInfo copy = discover(target);
        assertThat(copy.warnings()).as("warnings discovering the copy").isEmpty();
        return new KitModelViews.Comparable[] {
            KitModelViews.comparable(original, fixtures()::isGeneratedName, databaseSchema(source)),
            KitModelViews.comparable(copy, fixtures()::isGeneratedName, databaseSchema(target))};
    }

    /** The schema named after the test database (MySQL family), or null where the schema is fixed. */
    private String databaseSchema(TestDatabase db) {
        String schema = ref(db, "tck_any").schema();
        return schema != null && schema.equals(db.name()) ? schema : null;
    }

    // ================================================================ the groups

    /** Registration: ids, API version, score, explicit registration and ServiceLoader in forked JVMs. */
    @Nested
    @DisplayName("registration")
    class Registration {
        @Test
        @DisplayName("registration: the strategy, index and constraint discovery and the renderer share one lower-case dialect id")
        void oneDialectId() {
            DialectServices p = plugins();
            String id = p.strategy().dialect();
            assertThat(id).isNotNull().matches("[a-z0-9][a-z0-9_.-]*");
            assertThat(p.indexDiscovery().dialect()).as("IndexDiscovery.dialect()").isEqualTo(id);
            assertThat(p.constraintDiscovery().dialect()).as("ConstraintDiscovery.dialect()").isEqualTo(id);
            p.renderer().ifPresent(r -> assertThat(r.dialect()).as("DdlRenderer.dialect()").isEqualTo(id));
            p.normalizer().ifPresent(n -> assertThat(n.dialect()).as("SchemaNormalizer.dialect()").isEqualTo(id));
            assertThat(server().dialect()).as("TestDatabaseServer.dialect()").isEqualTo(id);
        }

        @Test
        @DisplayName("registration: the strategy targets the current SPI version")
        void apiVersion() {
            assertThat(plugins().strategy().apiVersion()).isEqualTo(ApiVersion.CURRENT);
        }

        @Test
        @DisplayName("registration: the score is above 0 for its own database and 0 for another product")
        void score() throws SQLException {
            TestDatabase db = freshDatabase();
            DiscoveryStrategy strategy = plugins().strategy();
            assertThat(strategy.score(serverIdentity(db))).as("score for %s", serverIdentity(db)).isPositive();
            DatabaseIdentity other = new DatabaseIdentity("TCK Imaginary Database", "9.9.9", 9, 9,
                    "TCK imaginary driver 1.0", "jdbc:tck-imaginary://localhost/none", null);
            assertThat(strategy.score(other)).as("score for another product").isZero();
        }

        @Test
        @DisplayName("registration: a SchemaDiscovery built with loadServices(false) and register(...) holds exactly these plugins, without problems")
        void explicitRegistration() {
            SchemaDiscovery sd = discovery();
            DialectPlugin plugin = sd.registry().dialect(dialect()).orElseGet(() -> fail("dialect " + dialect()
                    + " not in the registry; problems: " + sd.registry().problems()));
            assertThat(plugin.strategy()).isSameAs(plugins().strategy());
            assertThat(plugin.indexDiscovery()).isSameAs(plugins().indexDiscovery());
            assertThat(plugin.constraintDiscovery()).isSameAs(plugins().constraintDiscovery());
            assertThat(plugin.renderer().orElse(null)).isSameAs(plugins().renderer().orElse(null));
            assertThat(sd.registry().normalizer(dialect()).orElse(null))
                    .isSameAs(plugins().normalizer().orElse(null));
            assertThat(sd.registry().problems()).isEmpty();
        }

        @Test
        @DisplayName("registration: module-info 'provides' and META-INF/services name the same providers")
        void providesMatchesServiceFiles() throws IOException {
            Path location = ForkedJvm.locationOf(plugins().strategy().getClass());
            ModuleReference ref = ModuleFinder.of(location).findAll().stream().findFirst()
                    .orElseGet(() -> fail("no module at " + location));
            ModuleDescriptor descriptor = ref.descriptor();
            assertThat(descriptor.isAutomatic()).as("%s has a module-info", location).isFalse();
            boolean builtIn = location.equals(ForkedJvm.locationOf(SchemaDiscovery.class));
            try (ModuleReader reader = ref.open()) {
                for (Class<?> service : List.of(DiscoveryStrategy.class, IndexDiscovery.class,
                        ConstraintDiscovery.class, DdlRenderer.class, SchemaNormalizer.class)) {
                    Set<String> provides = descriptor.provides().stream()
                            .filter(p -> p.service().equals(service.getName()))
                            .flatMap(p -> p.providers().stream()).collect(Collectors.toCollection(TreeSet::new));
                    Set<String> files = serviceFile(reader, service.getName());
                    assertThat(files).as("META-INF/services/%s vs provides in %s", service.getName(), location)
                            .isEqualTo(provides);
                }
            }
            if (!builtIn) {
                Set<String> provided = descriptor.provides().stream().flatMap(p -> p.providers().stream())
                        .collect(Collectors.toSet());
                DialectServices p = plugins();
                assertThat(provided).as("providers declared in %s", location).contains(
                        p.strategy().getClass().getName(), p.indexDiscovery().getClass().getName(),
                        p.constraintDiscovery().getClass().getName());
                p.renderer().ifPresent(r -> assertThat(provided).contains(r.getClass().getName()));
                p.normalizer().ifPresent(n -> assertThat(provided).contains(n.getClass().getName()));
            }
        }

        private Set<String> serviceFile(ModuleReader reader, String service) throws IOException {
            Optional<InputStream> in = reader.open("META-INF/services/" + service);
            if (in.isEmpty()) {
                return new TreeSet<>();
            }
            try (InputStream stream = in.get()) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new));
            }
        }

        @Test
        @DisplayName("registration: ServiceLoader on the class path of a forked JVM finds the dialect and discovers with it")
        void classPathFork() throws Exception {
            forked(false);
        }

        @Test
        @DisplayName("registration: ServiceLoader on the module path of a forked JVM finds the dialect in its named module and discovers with it")
        void modulePathFork() throws Exception {
            forked(true);
        }

        private void forked(boolean modulePath) throws Exception {
            TestDatabase db = database(fixtures().columnsDdl());
            List<Path> roots = new ArrayList<>(pluginLocations());
            roots.add(ForkedJvm.locationOf(SchemaDiscovery.class));
            try (Connection c = db.connect()) {
                roots.add(ForkedJvm.locationOf(DriverManager.getDriver(c.getMetaData().getURL()).getClass()));
            }
            List<Path> candidates = new ArrayList<>(ForkedJvm.classPath());
            candidates.addAll(roots);
            List<Path> path = ForkedJvm.moduleClosure(new LinkedHashSet<>(roots), candidates);
            ForkedJvm.Result result = ForkedJvm.runProbe(path, modulePath, List.of(db.jdbcUrl()),
                    Duration.ofMinutes(2));
            assertThat(result.exitCode()).as(result.describe()).isZero();
            assertThat(result.lines("problem")).as(result.describe()).isEmpty();
            String[] line = result.lines("dialect").stream().filter(f -> f[1].equals(dialect())).findFirst()
                    .orElseGet(() -> fail("dialect " + dialect() + " not found by ServiceLoader\n"
                            + result.describe()));
            DialectServices p = plugins();
            assertThat(line[2]).as("strategy class").isEqualTo(p.strategy().getClass().getName());
            String expectedModule = modulePath ? ForkedJvm.describe(ForkedJvm.locationOf(p.strategy().getClass()))
                    .map(ModuleDescriptor::name).orElse("?") : "<unnamed>";
            assertThat(line[3]).as("module of the strategy").isEqualTo(expectedModule);
            assertThat(line[4]).as("index discovery class").isEqualTo(p.indexDiscovery().getClass().getName());
            assertThat(line[5]).as("constraint discovery class")
                    .isEqualTo(p.constraintDiscovery().getClass().getName());
            assertThat(line[6]).as("renderer class")
                    .isEqualTo(p.renderer().map(r -> r.getClass().getName()).orElse("-"));
            assertThat(line[7]).as("API version").isEqualTo(Integer.toString(ApiVersion.CURRENT));
            assertThat(result.lines("discovered")).as(result.describe())
                    .singleElement().satisfies(f -> {
                        assertThat(f[1]).as("dialect chosen by scoring in the fork").isEqualTo(dialect());
                        assertThat(f[2]).as("tables discovered in the fork").isEqualTo("2");
                    });
        }
    }

    /** Identity, scoring and capabilities. */
    @Nested
    @DisplayName("identity")
    class Identity {
        @Test
        @DisplayName("identity: product, version and dialect id as the driver reports them, URL without credentials")
        void identity() throws SQLException {
            TestDatabase db = database(fixtures().columnsDdl());
            SchemaInfo s = discover(db);
            DatabaseIdentity expected = serverIdentity(db);
            assertThat(s.identity().product()).isEqualTo(expected.product());
            assertThat(s.identity().version()).isEqualTo(expected.version());
            assertThat(s.identity().majorVersion()).isEqualTo(expected.majorVersion());
            assertThat(s.identity().minorVersion()).isEqualTo(expected.minorVersion());
            assertThat(s.identity().dialect()).as("dialect chosen by scoring, not forced").isEqualTo(dialect());
            assertThat(s.identity().url()).startsWith("jdbc:").doesNotContainIgnoringCase("password");
            String password = db.properties().getProperty("password");
            if (password != null && !password.isEmpty()) {
                assertThat(s.identity().url()).doesNotContain(password);
            }
        }

        @Test
        @DisplayName("capabilities: the strategy declares exactly the fixture's capabilities, and the run reports them all")
        void capabilities() throws SQLException {
            TestDatabase db = database(fixtures().columnsDdl());
            Set<String> declared = plugins().strategy().capabilities(serverIdentity(db)).features();
            assertThat(declared).as("the kit's floor: tables, columns, keys, indexes and the read-only checks never"
                    + " skip, and foreign keys are gated by nothing either").contains(FLOOR.toArray(String[]::new));
            Set<String> expected = new TreeSet<>(fixtures().expectedCapabilities());
            // a capability left out silently skips the kit tests it gates: a smaller set is the failure that matters
            assertThat(declared).as("capabilities declared for %s (each missing one skips kit tests)",
                    serverIdentity(db).version()).containsAll(expected);
            assertThat(declared).as("capabilities declared for %s beyond the fixture's expected ones",
                    serverIdentity(db).version()).isEqualTo(expected);
            SchemaInfo s = discover(db);
            assertThat(s.capabilities().features()).containsAll(declared);
        }

        @Test
        @DisplayName("schemas: the fixture schema is listed and holds the tables")
        void schemas() throws SQLException {
            TestDatabase db = database(fixtures().columnsDdl());
            SchemaInfo s = discover(db);
            String schema = ref(db, "tck_columns").schema();
            if (schema != null) {
                assertThat(s.schemas()).contains(schema);
            }
            assertThat(s.tables()).extracting(t -> t.ref().schema()).containsOnly(schema);
        }
    }

    /** Tables, columns and types. */
    @Nested
    @DisplayName("tables, columns and types")
    class Tables {
        @Test
        @DisplayName("tables: exactly the scenario's tables, of kind TABLE, ordered by reference, no views")
        void tables() throws SQLException {
            TestDatabase db = database(fixtures().columnsDdl());
            SchemaInfo s = discover(db);
            assertThat(s.tables()).extracting(TableInfo::ref)
                    .containsExactly(ref(db, "tck_columns"), ref(db, "tck_plain"));
            assertThat(s.tables()).extracting(TableInfo::kind).containsOnly(TableKind.TABLE);
            assertThat(s.views()).isEmpty();
            assertThat(s.warnings()).isEmpty();
        }

        @Test
        @DisplayName("columns: names, ordinals, types, nullability and defaults exactly as declared")
        void columns() throws SQLException {
            TestDatabase db = database(fixtures().columnsDdl());
            SchemaInfo s = discover(db);
            List<DataType> types = fixtures().columnTypes();
            assertThat(types).as("fixture columnTypes()").hasSize(5);
            assertThat(plainColumns(table(s, ref(db, "tck_columns")).columns())).containsExactly(
                    new ColumnInfo("id", 1, types.get(0), false, null, fixtures().columnsIdIdentity(), null, null,
                            null, false, Map.of()),
                    column("code", 2, types.get(1), false, null),
                    column("amount", 3, types.get(2), false, fixtures().amountDefault()),
                    column("note", 4, types.get(3), true, null),
                    column("created", 5, types.get(4), true, null));
        }

        @Test
        @DisplayName("columns: a table without a key keeps its single nullable column and has no constraints or indexes")
        void plainTable() throws SQLException {
            TestDatabase db = database(fixtures().columnsDdl());
            TableInfo t = table(discover(db), ref(db, "tck_plain"));
            assertThat(plainColumns(t.columns())).containsExactly(
                    column("v", 1, fixtures().plainColumnType(), true, null));
            assertThat(t.constraints()).isEmpty();
            assertThat(t.indexes()).isEmpty();
        }

        @Test
        @DisplayName("generated columns: expression as the dialect prints it, STORED")
        void generatedColumns() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.GENERATED_COLUMNS);
            db.execute(fixtures().generatedColumnDdl());
            TableInfo t = table(discover(db), ref(db, "tck_generated"));
            assertThat(names(t.columns())).containsExactly("a", "b", "total");
            assertThat(t.column("total").orElseThrow().generated())
                    .isEqualTo(new GeneratedColumn(fixtures().generatedExpression(), true));
            assertThat(t.column("a").orElseThrow().generated()).isNull();
        }

        @Test
        @DisplayName("identity columns: the key column is an identity with the declared generation")
        void identityColumns() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.IDENTITY_COLUMNS);
            db.execute(fixtures().identityColumnDdl());
            TableInfo t = table(discover(db), ref(db, "tck_identity"));
            assertThat(names(t.columns())).containsExactly("id", "v");
            assertThat(t.column("id").orElseThrow().identity()).isNotNull()
                    .satisfies(i -> assertThat(i.generation()).isEqualTo(fixtures().identityGeneration()));
            assertThat(t.column("v").orElseThrow().identity()).isNull();
        }

        @Test
        @DisplayName("comments: table and column comments read back exactly")
        void comments() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.COMMENTS);
            db.execute(fixtures().columnsDdl());
            db.execute(fixtures().commentsDdl());
            TableInfo t = table(discover(db), ref(db, "tck_columns"));
            assertThat(t.comment()).isEqualTo("TCK table");
            assertThat(t.column("code").orElseThrow().comment()).isEqualTo("TCK code");
            assertThat(t.column("note").orElseThrow().comment()).isNull();
        }

        @Test
        @DisplayName("comments: an index comment reads back exactly, on that index only")
        void indexComments() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.COMMENTS);
            List<String> ddl = fixtures().indexCommentDdl();
            Assumptions.assumeFalse(ddl.isEmpty(), "the dialect's fixtures give no index comment DDL");
            db.execute(fixtures().indexesDdl());
            db.execute(ddl);
            TableInfo t = table(discover(db), ref(db, "tck_indexed"));
            assertThat(t.indexes()).filteredOn(i -> i.name().equals("tck_idx_a")).extracting(IndexInfo::comment)
                    .containsExactly("TCK index");
            assertThat(t.indexes()).filteredOn(i -> !i.name().equals("tck_idx_a")).extracting(IndexInfo::comment)
                    .containsOnlyNulls();
        }
    }

    /** Keys and constraints. */
    @Nested
    @DisplayName("keys and constraints")
    class Keys {
        @Test
        @DisplayName("primary keys: name and columns, a composite key in key order (not column order)")
        void primaryKeys() throws SQLException {
            TestDatabase db = database(fixtures().keysDdl());
            SchemaInfo s = discover(db);
            assertThat(constraints(table(s, ref(db, "tck_parent")), PrimaryKey.class)).containsExactly(
                    new PrimaryKey(cn("tck_parent_pk"), ref(db, "tck_parent"), List.of("id")));
            assertThat(constraints(table(s, ref(db, "tck_child")), PrimaryKey.class)).containsExactly(
                    new PrimaryKey(cn("tck_child_pk"), ref(db, "tck_child"), List.of("id")));
            assertThat(constraints(table(s, ref(db, "tck_pair")), PrimaryKey.class)).containsExactly(
                    new PrimaryKey(cn("tck_pair_pk"), ref(db, "tck_pair"), List.of("b", "a")));
            assertThat(table(s, ref(db, "tck_pair")).primaryKey()).isPresent();
        }

        @Test
        @DisplayName("unique constraints: name and columns, only where declared")
        void uniqueConstraints() throws SQLException {
            TestDatabase db = database(fixtures().keysDdl());
            SchemaInfo s = discover(db);
            assertThat(constraints(table(s, ref(db, "tck_parent")), UniqueConstraint.class)).containsExactly(
                    new UniqueConstraint(cn("tck_parent_code_uq"), ref(db, "tck_parent"), List.of("code"), false,
                            false, false));
            assertThat(constraints(table(s, ref(db, "tck_child")), UniqueConstraint.class)).isEmpty();
            assertThat(constraints(table(s, ref(db, "tck_pair")), UniqueConstraint.class)).isEmpty();
        }

        @Test
        @DisplayName("foreign keys: columns, referenced table and columns, ON DELETE CASCADE, not deferrable")
        void foreignKeys() throws SQLException {
            TestDatabase db = database(fixtures().keysDdl());
            SchemaInfo s = discover(db);
            assertThat(table(s, ref(db, "tck_child")).foreignKeys()).containsExactly(
                    new ForeignKey(cn("tck_child_parent_fk"), ref(db, "tck_child"), List.of("parent_id"),
                            ref(db, "tck_parent"), List.of("id"), MatchType.SIMPLE, fixtures().undeclaredAction(),
                            ReferentialAction.CASCADE, false, false, true));
            assertThat(table(s, ref(db, "tck_parent")).foreignKeys()).isEmpty();
            assertThat(table(s, ref(db, "tck_pair")).foreignKeys()).isEmpty();
        }

        @Test
        @DisplayName("check constraints: name and expression as the dialect prints it")
        void checkConstraints() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.CHECK_CONSTRAINTS);
            db.execute(fixtures().keysDdl());
            SchemaInfo s = discover(db);
            assertThat(constraints(table(s, ref(db, "tck_child")), CheckConstraint.class)).containsExactly(
                    new CheckConstraint(cn("tck_child_qty_ck"), ref(db, "tck_child"), fixtures().checkColumns(),
                            fixtures().checkExpression(), true));
            assertThat(constraints(table(s, ref(db, "tck_parent")), CheckConstraint.class)).isEmpty();
        }

        @Test
        @DisplayName("deferrable constraints: a foreign key DEFERRABLE INITIALLY DEFERRED")
        void deferrable() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.DEFERRABLE_CONSTRAINTS);
            assumeCapability(db, Capability.FOREIGN_KEYS);
            db.execute(fixtures().keysDdl());
            db.execute(fixtures().deferrableDdl());
            SchemaInfo s = discover(db);
            assertThat(table(s, ref(db, "tck_deferred")).foreignKeys()).containsExactly(
                    new ForeignKey(cn("tck_deferred_fk"), ref(db, "tck_deferred"), List.of("parent_id"),
                            ref(db, "tck_parent"), List.of("id"), MatchType.SIMPLE, fixtures().undeclaredAction(),
                            fixtures().undeclaredAction(), true, true, true));
        }

        @Test
        @DisplayName("constraints: nothing beyond the declared keys and the kinds the dialect supports")
        void noInventedConstraints() throws SQLException {
            TestDatabase db = database(fixtures().keysDdl());
            SchemaInfo s = discover(db);
            boolean fk = supports(db, Capability.FOREIGN_KEYS);
            boolean check = supports(db, Capability.CHECK_CONSTRAINTS);
            assertThat(table(s, ref(db, "tck_parent")).constraints()).hasSize(2);
            assertThat(table(s, ref(db, "tck_child")).constraints()).hasSize(1 + (fk ? 1 : 0) + (check ? 1 : 0));
            assertThat(table(s, ref(db, "tck_pair")).constraints()).hasSize(1);
            assertThat(s.tables()).flatExtracting(TableInfo::constraints)
                    .noneMatch(ExclusionConstraint.class::isInstance);
        }
    }

    /** Indexes. */
    @Nested
    @DisplayName("indexes")
    class Indexes {
        @Test
        @DisplayName("indexes: each declared index with uniqueness, method and key columns in key order, and no others")
        void indexes() throws SQLException {
            TestDatabase db = database(fixtures().indexesDdl());
            SchemaInfo s = discover(db);
            TableRef t = ref(db, "tck_indexed");
            IndexInfo a = expectedIndex(t, "tck_idx_a", false, List.of(IndexElement.column("a")), List.of(), null);
            IndexInfo ba = expectedIndex(t, "tck_idx_b_a", true,
                    List.of(IndexElement.column("b"), IndexElement.column("a")), List.of(), null);
            if (!fixtures().uniqueIndexesAreConstraints()) {
                assertThat(userIndexes(table(s, t))).containsExactly(a, ba);
                return;
            }
            // one catalog object: a unique index that backs the UNIQUE constraint of the same name
            assertThat(userIndexes(table(s, t))).containsExactly(a);
            assertThat(table(s, t).indexes()).filteredOn(i -> i.name().equals("tck_idx_b_a"))
                    .map(KitModelViews::withoutOptions).containsExactly(new IndexInfo(ba.name(), t, true, ba.method(),
                            ba.elements(), List.of(), null, false, "tck_idx_b_a", true, Map.of()));
            assertThat(constraints(table(s, t), UniqueConstraint.class)).containsExactly(
                    new UniqueConstraint("tck_idx_b_a", t, List.of("b", "a"), false, false, false));
        }

        @Test
        @DisplayName("indexes: a descending key element keeps its direction")
        void descending() throws SQLException {
            TestDatabase db = database(fixtures().indexesDdl(), fixtures().descendingIndexDdl());
            TableRef t = ref(db, "tck_indexed");
            assertThat(userIndexes(table(discover(db), t))).filteredOn(i -> i.name().equals("tck_idx_c_desc"))
                    .containsExactly(expectedIndex(t, "tck_idx_c_desc", false, List.of(
                            new IndexElement("c", null, SortOrder.DESC, NullsOrder.DEFAULT, null, null),
                            IndexElement.column("a")), List.of(), null));
        }

        @Test
        @DisplayName("indexes: names are unique per table and every index names its own table")
        void indexesBelongToTheirTable() throws SQLException {
            TestDatabase db = database(fixtures().indexesDdl(), fixtures().keysDdl());
            SchemaInfo s = discover(db);
            for (TableInfo t : s.tables()) {
                assertThat(t.indexes()).extracting(IndexInfo::table).allMatch(t.ref()::equals);
                assertThat(t.indexes()).extracting(IndexInfo::name).doesNotHaveDuplicates();
            }
            assertThat(userIndexes(table(s, ref(db, "tck_parent")))).isEmpty();
        }

        @Test
        @DisplayName("partial indexes: the predicate as the dialect prints it")
        void partial() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.PARTIAL_INDEXES);
            db.execute(fixtures().indexesDdl());
            db.execute(fixtures().partialIndexDdl());
            TableRef t = ref(db, "tck_indexed");
            assertThat(userIndexes(table(discover(db), t))).filteredOn(i -> i.name().equals("tck_idx_partial"))
                    .containsExactly(expectedIndex(t, "tck_idx_partial", false, List.of(IndexElement.column("c")),
                            List.of(), fixtures().partialIndexPredicate()));
        }

        @Test
        @DisplayName("expression indexes: the key expression as the dialect prints it")
        void expression() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.EXPRESSION_INDEXES);
            db.execute(fixtures().indexesDdl());
            db.execute(fixtures().expressionIndexDdl());
            TableRef t = ref(db, "tck_indexed");
            assertThat(userIndexes(table(discover(db), t))).filteredOn(i -> i.name().equals("tck_idx_lower_b"))
                    .containsExactly(expectedIndex(t, "tck_idx_lower_b", false,
                            List.of(IndexElement.expression(fixtures().expressionIndexExpression())), List.of(),
                            null));
        }

        @Test
        @DisplayName("covering indexes: INCLUDE columns apart from the key")
        void covering() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.COVERING_INDEXES);
            db.execute(fixtures().indexesDdl());
            db.execute(fixtures().coveringIndexDdl());
            TableRef t = ref(db, "tck_indexed");
            assertThat(userIndexes(table(discover(db), t))).filteredOn(i -> i.name().equals("tck_idx_covering"))
                    .containsExactly(expectedIndex(t, "tck_idx_covering", false, List.of(IndexElement.column("a")),
                            List.of("c"), null));
        }
    }

    /** Views. */
    @Nested
    @DisplayName("views")
    class Views {
        @Test
        @DisplayName("views: definition as the dialect prints it, columns in order, not materialized, not a table")
        void views() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.VIEWS);
            db.execute(fixtures().viewsDdl());
            SchemaInfo s = discover(db);
            assertThat(s.views()).extracting(ViewInfo::ref).containsExactly(ref(db, "tck_active"));
            ViewInfo v = s.views().get(0);
            assertThat(v.materialized()).isFalse();
            assertThat(v.definition()).isEqualTo(fixtures().viewDefinition());
            assertThat(v.columns()).extracting(ColumnInfo::name, ColumnInfo::ordinal)
                    .containsExactly(tuple("id", 1),
                            tuple("name", 2));
            assertThat(s.tables()).extracting(TableInfo::ref).containsExactly(ref(db, "tck_view_base"));
        }

        @Test
        @DisplayName("materialized views: reported as materialized views with their columns")
        void materialized() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.VIEWS);
            assumeCapability(db, Capability.MATERIALIZED_VIEWS);
            db.execute(fixtures().viewsDdl());
            db.execute(fixtures().materializedViewDdl());
            SchemaInfo s = discover(db);
            assertThat(s.views()).extracting(ViewInfo::ref, ViewInfo::materialized).containsExactly(
                    tuple(ref(db, "tck_active"), false),
                    tuple(ref(db, "tck_active_mat"), true));
            assertThat(names(s.views().get(1).columns())).containsExactly("id", "name");
            assertThat(s.tables()).extracting(TableInfo::ref).containsExactly(ref(db, "tck_view_base"));
        }
    }

    /** Sequences, user-defined types, routines and triggers. */
    @Nested
    @DisplayName("sequences, types and routines")
    class OtherObjects {
        @Test
        @DisplayName("sequences: type, start, increment, bounds, cache and cycle exactly as declared")
        void sequences() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.SEQUENCES);
            db.execute(fixtures().sequenceDdl());
            SchemaInfo s = discover(db);
            // the owner and privileges are whatever the role that ran the fixture has
            assertThat(s.sequences()).extracting(q -> q.toBuilder().owner(null).privileges(List.of()).build())
                    .containsExactly(new SequenceInfo(ref(db, "tck_seq"), fixtures().sequenceType(), 5, 3, 1, 1000, 1,
                            false, null, null));
        }

        @Test
        @DisplayName("types: an enum with its labels in declaration order")
        void enumType() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.USER_TYPES);
            db.execute(fixtures().enumTypeDdl());
            SchemaInfo s = discover(db);
            assertThat(s.types()).extracting(TypeInfo::ref, TypeInfo::kind, TypeInfo::enumLabels).containsExactly(
                    tuple(ref(db, "tck_mood"), TypeKind.ENUM,
                            List.of("sad", "ok", "happy")));
        }

        @Test
        @DisplayName("routines: a function with its arguments, language and return type")
        void routines() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.ROUTINES);
            db.execute(fixtures().routineDdl());
            SchemaInfo s = discover(db);
            assertThat(s.routines()).filteredOn(r -> r.ref().name().equals("tck_add"))
                    .extracting(RoutineInfo::ref, RoutineInfo::kind, RoutineInfo::arguments, RoutineInfo::language,
                            RoutineInfo::returnType)
                    .containsExactly(tuple(ref(db, "tck_add"), RoutineKind.FUNCTION,
                            fixtures().routineArguments(), fixtures().routineLanguage(),
                            fixtures().routineReturnType()));
        }

        @Test
        @DisplayName("triggers: name, table, AFTER INSERT, FOR EACH ROW and the function it calls")
        void triggers() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.TRIGGERS);
            db.execute(fixtures().triggerDdl());
            SchemaInfo s = discover(db);
            TableRef audited = ref(db, "tck_audited");
            assertThat(table(s, audited).triggers())
                    .extracting(TriggerInfo::name, TriggerInfo::table, TriggerInfo::timing, TriggerInfo::events,
                            TriggerInfo::columns, TriggerInfo::forEachRow, TriggerInfo::function)
                    .containsExactly(tuple("tck_audited_trg", audited, "AFTER",
                            List.of("INSERT"), List.of(), true, fixtures().triggerFunction()));
            assertThat(table(s, ref(db, "tck_audit_log")).triggers()).isEmpty();
        }
    }

    /** Relationships derived from the dialect's keys. */
    @Nested
    @DisplayName("relationships")
    class Relationships {
        @Test
        @DisplayName("relationships: one-to-many, one-to-one through a key, and many-to-many through a junction table")
        void relationships() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.FOREIGN_KEYS);
            db.execute(fixtures().relationshipsDdl());
            SchemaInfo s = discover(db);
            TableRef author = ref(db, "tck_author");
            TableRef book = ref(db, "tck_book");
            TableRef profile = ref(db, "tck_profile");
            TableRef tag = ref(db, "tck_tag");
            TableRef bookTag = ref(db, "tck_book_tag");
            assertThat(s.relationships()).containsExactlyInAnyOrder(
                    new Relationship(RelationshipKind.ONE_TO_MANY, author, List.of("id"), book, List.of("author_id"),
                            null, via("tck_book_author_fk")),
                    new Relationship(RelationshipKind.ONE_TO_ONE, author, List.of("id"), profile,
                            List.of("author_id"), null, via("tck_profile_author_fk")),
                    new Relationship(RelationshipKind.ONE_TO_MANY, book, List.of("id"), bookTag, List.of("book_id"),
                            null, via("tck_book_tag_book_fk")),
                    new Relationship(RelationshipKind.ONE_TO_MANY, tag, List.of("id"), bookTag, List.of("tag_id"),
                            null, via("tck_book_tag_tag_fk")),
                    new Relationship(RelationshipKind.MANY_TO_MANY, book, List.of("id"), tag, List.of("id"), bookTag,
                            via("tck_book_tag_book_fk", "tck_book_tag_tag_fk")));
        }

        private List<String> via(String... declared) {
            return Arrays.stream(declared).map(DialectCompatibilityKit.this::cn)
                    .filter(Objects::nonNull).toList();
        }
    }

    /** DDL round trip through the dialect's renderer. */
    @Nested
    @DisplayName("DDL round trip")
    class RoundTrip {
        @Test
        @DisplayName("DDL round trip: tables, columns, keys and indexes discover equal after script and apply (generated names aside)")
        void tables() throws SQLException {
            DdlRenderer renderer = assumeRenderer();
            TestDatabase source = freshDatabase();
            source.execute(roundTripTablesDdl(source));
            KitModelViews.Comparable[] both = roundTrip(source, renderer);
            assertThat(both[1].tables()).isEqualTo(both[0].tables());
        }

        @Test
        @DisplayName("DDL round trip: views, sequences, types, routines and triggers discover equal too")
        void otherObjects() throws SQLException {
            DdlRenderer renderer = assumeRenderer();
            TestDatabase source = freshDatabase();
            List<String> ddl = roundTripObjectsDdl(source);
            Assumptions.assumeFalse(ddl.isEmpty(), () -> "skipped: dialect '" + dialect()
                    + "' declares none of the capabilities views, sequences, user-types, routines, triggers");
            source.execute(ddl);
            KitModelViews.Comparable[] both = roundTrip(source, renderer);
            assertThat(both[1]).isEqualTo(both[0]);
        }

        @Test
        @DisplayName("DDL round trip: hostile identifiers are quoted so the script applies and discovers equal")
        void hostile() throws SQLException {
            DdlRenderer renderer = assumeRenderer();
            TestDatabase source = database(fixtures().hostileDdl());
            KitModelViews.Comparable[] both = roundTrip(source, renderer);
            assertThat(both[1].tables()).isEqualTo(both[0].tables());
        }
    }

    /** Plans between two schemas, applied with the dialect's own client. */
    @Nested
    @DisplayName("migrations")
    class Migrations {
        private MigrationPlanner assumePlanner() {
            Optional<MigrationPlanner> p = planner();
            Assumptions.assumeTrue(p.isPresent(), () -> "skipped: dialect '" + dialect()
                    + "' has no MigrationPlanner (capability 'migration-planner')");
            return p.get();
        }

        @Test
        @DisplayName("migrations: the fixtures supply every generic scenario, and a client to apply scripts")
        void generic() {
            assumePlanner();
            assertThat(scriptClient()).as("a dialect with a planner supplies scriptClient()").isPresent();
            assertThat(fixtures().migrationScenarios()).extracting(MigrationScenario::name)
                    .containsAll(MigrationScenario.GENERIC);
        }

        @TestFactory
        @DisplayName("migrations: each scenario converges both ways with the dialect's client; rows survive")
        List<DynamicTest> scenarios() {
            MigrationPlanner planner = assumePlanner();
            ScriptClient client = scriptClient().orElseThrow(() -> new AssertionError("no scriptClient()"));
            List<DynamicTest> tests = new ArrayList<>();
            for (MigrationScenario scenario : fixtures().migrationScenarios()) {
                for (MigrationScenario s : List.of(scenario, scenario.reversed())) {
                    tests.add(DynamicTest.dynamicTest(s.name(), () -> {
                        TestDatabase a = freshDatabase();
                        if (s.capability() != null) {
                            assumeCapability(a, s.capability());
                        }
                        a.execute(s.from());
                        if (!s.fromRows().isEmpty()) {
                            a.execute(s.fromRows());
                        }
                        TestDatabase b = database(s.to());
                        MigrationChecks.converges(discovery(), planner, client, s, a, b);
                    }));
                }
            }
            return tests;
        }
    }

    /** Schema comparison: what the server writes two ways must not show as a change. */
    @Nested
    @DisplayName("schema comparison")
    class Comparison {
        @Test
        @DisplayName("comparison: tables, keys and indexes compared with a second discovery, the JSON snapshot and the copy the DDL script builds show no change")
        void tables() throws SQLException {
            TestDatabase db = freshDatabase();
            db.execute(roundTripTablesDdl(db));
            assertNoDrift(db);
        }

        @Test
        @DisplayName("comparison: views, sequences, types, routines and triggers show no change either")
        void otherObjects() throws SQLException {
            TestDatabase db = freshDatabase();
            List<String> ddl = roundTripObjectsDdl(db);
            // none of views, sequences, user types, routines, triggers: named by the first, as the kit's skips are
            Assumptions.assumeFalse(ddl.isEmpty(), () -> "skipped: dialect '" + dialect()
                    + "' does not declare capability '" + Capability.VIEWS + "'");
            db.execute(ddl);
            assertNoDrift(db);
        }

        @Test
        @DisplayName("comparison: hostile identifiers show no change")
        void hostile() throws SQLException {
            assertNoDrift(database(fixtures().hostileDdl()));
        }

        @Test
        @DisplayName("comparison: a column and a table added to the database are exactly the changes listed")
        void seesChanges() throws SQLException {
            TestDatabase db = database(fixtures().columnsDdl());
            SchemaInfo before = discover(db);
            DialectFixtures f = fixtures();
            db.execute(List.of("ALTER TABLE " + f.quote("tck_columns") + " ADD COLUMN " + f.quote("tck_extra")
                    + " INTEGER", "CREATE TABLE " + f.quote("tck_added") + " (" + f.quote("v") + " INTEGER)"));
            SchemaInfo after = discover(db);
            TableRef columns = ref(db, "tck_columns");
            TableRef added = ref(db, "tck_added");
            List<SchemaChange> changes = discovery().compare(before, after, DiffOptions.defaults());
            assertThat(changes).extracting(c -> c.getClass().getSimpleName(), SchemaChange::type, SchemaChange::name)
                    .containsExactly(
                            tuple("Added", ObjectType.TABLE, ObjectName.of(added.schema(), null, "tck_added")),
                            tuple("Added", ObjectType.COLUMN, ObjectName.of(columns.schema(), "tck_columns",
                                    "tck_extra")));
            assertThat(((ColumnInfo) changes.get(1).after()).nullable()).isTrue();
            assertThat(discovery().compare(after, before, DiffOptions.defaults()))
                    .extracting(c -> c.getClass().getSimpleName()).containsExactly("Removed", "Removed");
        }

        private void assertNoDrift(TestDatabase db) throws SQLException {
            SchemaInfo first = discover(db);
            assertThat(first.warnings()).as("warnings discovering the database").isEmpty();
            SchemaDiscovery sd = discovery();
            assertThat(sd.compare(first, discover(db), DiffOptions.defaults())).as("compared with itself")
                    .isEmpty();
            JsonCodec codec = new JsonCodec();
            SchemaInfo snapshot = codec.read(codec.write(first));
            assertThat(sd.compare(first, snapshot, DiffOptions.defaults())).as("compared with its JSON snapshot")
                    .isEmpty();
            assertThat(sd.compare(snapshot, first, DiffOptions.defaults())).as("its JSON snapshot compared with it")
                    .isEmpty();
            Optional<DdlRenderer> renderer = plugins().renderer();
            if (renderer.isPresent()) {
                TestDatabase copy = freshDatabase();
                copy.execute(renderer.get().script(first));
                SchemaInfo copied = discover(copy);
                assertThat(sd.compare(first, copied, DiffOptions.defaults()))
                        .as("compared with the copy its DDL script builds in database %s", copy.name()).isEmpty();
            }
        }
    }

    /** Identifiers that break string-built SQL. */
    @Nested
    @DisplayName("hostile identifiers")
    class Hostile {
        @Test
        @DisplayName("hostile identifiers: table, column, key and index names with quotes, spaces, separators and non-ASCII letters read back exactly")
        void names() throws SQLException {
            TestDatabase db = database(fixtures().hostileDdl());
            SchemaInfo s = discover(db);
            assertThat(s.warnings()).isEmpty();
            TableRef odd = ref(db, HostileNames.TABLE);
            TableInfo t = table(s, odd);
            assertThat(DialectCompatibilityKit.names(t.columns())).containsExactly(HostileNames.KEY,
                    HostileNames.MIXED, HostileNames.SEMI, HostileNames.DOTTED);
            assertThat(t.primaryKey()).map(PrimaryKey::columns).contains(List.of(HostileNames.KEY));
            assertThat(userIndexes(t)).extracting(IndexInfo::name, IndexInfo::keyColumns).containsExactly(
                    tuple(HostileNames.INDEX, List.of(HostileNames.MIXED)));
            TableInfo child = table(s, ref(db, HostileNames.CHILD));
            assertThat(DialectCompatibilityKit.names(child.columns())).containsExactly(HostileNames.CHILD_REF);
        }

        @Test
        @DisplayName("hostile identifiers: a foreign key between hostile names keeps its name and columns")
        void foreignKey() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.FOREIGN_KEYS);
            db.execute(fixtures().hostileDdl());
            SchemaInfo s = discover(db);
            assertThat(table(s, ref(db, HostileNames.CHILD)).foreignKeys()).containsExactly(
                    new ForeignKey(cn(HostileNames.FOREIGN_KEY), ref(db, HostileNames.CHILD),
                            List.of(HostileNames.CHILD_REF), ref(db, HostileNames.TABLE), List.of(HostileNames.KEY),
                            MatchType.SIMPLE, fixtures().undeclaredAction(), fixtures().undeclaredAction(), false,
                            false,
                            true));
        }

        @Test
        @DisplayName("hostile identifiers: a discovery restricted to one table equals that table in a full one, its foreign key to a table outside kept, with no more statements and no more rows read")
        void restricted() throws SQLException {
            TestDatabase db = freshDatabase();
            assumeCapability(db, Capability.FOREIGN_KEYS);
            db.execute(fixtures().hostileDdl());
            // a table the restriction leaves out, unrelated to the child: its rows must not be read
            db.execute(fixtures().scaleTableDdl(scaleName(0), null));
            SchemaInfo all = discover(db);
            TableRef child = ref(db, HostileNames.CHILD);
            DiscoveryOptions o = options();
            DiscoveryOptions only = new DiscoveryOptions(o.scope().onlyTables(Set.of(child)), o.timeout(),
                    o.statementTimeout(), o.maxReconnects(), o.initialBackoff(), o.maxConnections());
            SchemaInfo some = discovery(only, null).discover(db.jdbcUrl(), db.readOnlyProperties());
            assertThat(some.warnings()).as("warnings of the restricted discovery").isEmpty();
            assertThat(some.tables()).extracting(TableInfo::ref).as("tables of a discovery restricted to %s", child)
                    .containsExactly(child);
            assertThat(some.views()).as("views of a discovery restricted to the table %s", child).isEmpty();
            assertThat(some.tables().get(0)).as("%s restricted, compared with the full discovery", child)
                    .isEqualTo(table(all, child));
            // a dialect may run restricted variants of its statements, never more of them; one that ignores the
            // restriction stays correct (core keeps the named tables), so rows read may only not grow
            assertThat(some.metrics().statementsExecuted())
                    .as("statements of the restricted discovery, compared with the full one: %s vs %s",
                            some.metrics().statementTexts(), all.metrics().statementTexts())
                    .isLessThanOrEqualTo(all.metrics().statementsExecuted());
            assertThat(some.metrics().rowsRead()).as("rows read restricted, compared with the full discovery")
                    .isLessThanOrEqualTo(all.metrics().rowsRead());
        }
    }

    /** Set-based discovery: cost does not grow with the number of tables. */
    @Nested
    @DisplayName("scale")
    class Scale {
        @Test
        @DisplayName("scale: 10, 100 and 1000 tables (or up to tck.scale) are discovered with the same ordered list of SQL texts")
        void sameStatements() throws SQLException {
            List<String> reference = null;
            for (int n : KitSettings.scaleSizes()) {
                SchemaInfo s = scaled(n);
                assertThat(s.tables()).as("tables discovered of %d", n).hasSize(n);
                assertThat(s.warnings()).as("warnings with %d tables", n).isEmpty();
                List<String> texts = s.metrics().statementTexts().stream()
                        .map(DialectCompatibilityKit.this::comparableStatement).toList();
                assertThat(texts).as("SQL texts recorded for %d tables", n).isNotEmpty();
                if (reference == null) {
                    reference = texts;
                } else if (!texts.equals(reference)) {
                    fail("discovering " + n + " tables ran other SQL than 10 tables (" + texts.size() + " vs "
                            + reference.size() + " statements): " + SqlTexts.firstDifference(reference, texts));
                }
            }
        }

        @Test
        @DisplayName("scale: each of 1000 tables (or tck.scale) comes with its columns, primary key, index and foreign key")
        void complete() throws SQLException {
            TestDatabase db = freshDatabase();
            int n = KitSettings.scale();
            SchemaInfo s = scaled(db, n);
            boolean fks = supports(db, Capability.FOREIGN_KEYS);
            assertThat(s.tables()).extracting(t -> t.ref().name())
                    .containsExactlyElementsOf(IntStream.range(0, n).mapToObj(DialectCompatibilityKit::scaleName)
                            .toList());
            for (int i = 0; i < n; i++) {
                TableInfo t = s.tables().get(i);
                String name = scaleName(i);
                assertThat(DialectCompatibilityKit.names(t.columns())).as(name).containsExactly("id", "name",
                        "prev_id");
                assertThat(t.columns()).extracting(ColumnInfo::nullable).as(name).containsExactly(false, false, true);
                assertThat(t.primaryKey()).as(name).map(PrimaryKey::columns).contains(List.of("id"));
                assertThat(userIndexes(t)).as(name).extracting(IndexInfo::name, IndexInfo::keyColumns)
                        .containsExactly(tuple(name + "_name_ix", List.of("name")));
                if (fks) {
                    assertThat(t.foreignKeys()).as(name).extracting(fk -> fk.referencedTable().name())
                            .containsExactlyElementsOf(i == 0 ? List.of() : List.of(scaleName(i - 1)));
                }
            }
        }

        @Test
        @DisplayName("scale: the server receives exactly the statements core counted, none sent around its proxy")
        void nothingUncounted() throws SQLException {
            TestDatabase db = database(fixtures().columnsDdl(), fixtures().keysDdl(), fixtures().indexesDdl());
            try (Connection c = db.connectReadOnly()) {
                Optional<SentStatements> tally = db.sentStatements(c);
                if (tally.isEmpty()) {
                    if (!server().embedded()) {
                        fail("the test databases of server dialect '" + dialect() + "' keep no count of the"
                                + " statements sent: override TestDatabase.sentStatements(...) with the server's"
                                + " per-session count or the driver's wire log");
                    }
                    Assumptions.abort("skipped: the embedded database of dialect '" + dialect() + "' keeps no"
                            + " count of statements apart from core's (TestDatabase.sentStatements)");
                }
                try (SentStatements sent = tally.get()) {
                    SchemaInfo s = discovery().discover(c);
                    long received = sent.sinceStart();
                    assertThat(s.tables()).as("tables discovered").isNotEmpty();
                    assertThat(received).as("statements the server received (core counted %d: %s)",
                            s.metrics().statementsExecuted(), s.metrics().statementTexts())
                            .isEqualTo(s.metrics().statementsExecuted());
                }
            }
        }

        private SchemaInfo scaled(int n) throws SQLException {
            return scaled(freshDatabase(), n);
        }

        private SchemaInfo scaled(TestDatabase db, int n) throws SQLException {
            List<String> ddl = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ddl.addAll(fixtures().scaleTableDdl(scaleName(i), i == 0 ? null : scaleName(i - 1)));
            }
            long t0 = System.nanoTime();
            db.execute(ddl);
            long t1 = System.nanoTime();
            SchemaInfo s = discover(db);
            long t2 = System.nanoTime();
            LOG.info("TCK scale {}: {} tables created in {} ms, discovered in {} ms with {} statements", dialect(),
                    n, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, s.metrics().statementsExecuted());
            return s;
        }
    }

    /** What discovery does when the database misbehaves. */
    @Nested
    @DisplayName("failure behaviour")
    class Failures {
        @Test
        @DisplayName("failure: a connection killed mid-discovery ends in DiscoveryConnectionException within the deadline")
        void killedConnection() throws Exception {
            TestDatabase db = database(fixtures().columnsDdl(), fixtures().keysDdl(), fixtures().indexesDdl());
            if (!supports(db, Capability.SERVER_PROCESS) && !server().embedded()) {
                String why = sessionKillUnsupported().orElseGet(() -> fail("dialect '" + dialect()
                        + "' runs on a server but does not declare '" + Capability.SERVER_PROCESS + "': declare it"
                        + " and override connectionKiller(...), or name why a session cannot be killed in"
                        + " sessionKillUnsupported()"));
                Assumptions.abort("skipped: dialect '" + dialect() + "' cannot have a session killed: " + why);
            }
            assumeCapability(db, Capability.SERVER_PROCESS);
            Duration deadline = Duration.ofSeconds(30);
            try (Connection victim = db.connectReadOnly()) {
                ConnectionKiller killer = connectionKiller(db, victim);
                AtomicBoolean killed = new AtomicBoolean();
                DiscoveryListener listener = new DiscoveryListener() {
                    @Override
                    public void phaseFinished(String phase, int items) {
                        if (killed.compareAndSet(false, true)) {
                            try {
                                killer.kill();
                            } catch (Exception e) {
                                throw new IllegalStateException("the kit could not kill the session", e);
                            }
                        }
                    }
                };
                SchemaDiscovery sd = discovery(DiscoveryOptions.builder().timeout(deadline)
                        .statementTimeout(Duration.ofSeconds(10)).build(), listener);
                long start = System.nanoTime();
                Throwable thrown = catchThrowable(() -> sd.discover(victim));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(killed).as("the session was killed after the first phase").isTrue();
                assertThat(thrown).isInstanceOf(DiscoveryConnectionException.class);
                assertThat(took).isLessThan(deadline);
            }
        }

        @Test
        @DisplayName("failure: one unreadable object gives a warning naming it, and the rest of the schema in full")
        void unreadableObject() throws Exception {
            Optional<String> declined = unreadableObjectUnsupported();
            if (declined.isPresent()) {
                Assumptions.abort("skipped: dialect '" + dialect() + "' declines the unreadable-object scenario: "
                        + declined.get());
            }
            TestDatabase db = database(fixtures().columnsDdl(), fixtures().keysDdl());
            SchemaInfo before = discover(db);
            StagedObject staged = stageUnreadableObject(db);
            SchemaInfo after;
            try (AutoCloseable release = staged.release()) {
                after = discovery(DiscoveryOptions.builder().timeout(Duration.ofSeconds(60))
                        .statementTimeout(Duration.ofSeconds(3)).build(), null).discover(db.jdbcUrl(),
                        db.readOnlyProperties());
            }
            assertThat(after.warnings()).as("warnings").isNotEmpty()
                    .anySatisfy(w -> assertThat(w.object()).contains(staged.name()));
            assertThat(after.warnings()).extracting(DiscoveryWarning::message).allSatisfy(m -> assertThat(m)
                    .isNotBlank().doesNotContain("\n"));
            List<TableInfo> rest = after.tables().stream().filter(t -> !t.ref().name().equals(staged.name()))
                    .toList();
            assertThat(rest).isEqualTo(before.tables());
        }

        @Test
        @DisplayName("failure: a database that does not exist fails fast with DiscoveryConnectionException")
        void missingDatabase() throws SQLException {
            freshDatabase();
            String url = server().missingDatabaseUrl(provisioned.serverUrl());
            long start = System.nanoTime();
            Throwable thrown = catchThrowable(() -> discovery(DiscoveryOptions.builder()
                    .timeout(Duration.ofSeconds(30)).maxReconnects(0).build(), null).discover(url,
                    new Properties()));
            assertThat(thrown).isInstanceOf(DiscoveryConnectionException.class);
            assertThat(thrown.getMessage()).isNotBlank().doesNotContain("\n");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        }
    }

    /** One instance, many threads. */
    @Nested
    @DisplayName("concurrency")
    class Concurrency {
        @Test
        @DisplayName("concurrency: 8 threads on one SchemaDiscovery, alternating between two databases, each get their database's result (metrics aside)")
        void eightThreads() throws Exception {
            TestDatabase a = database(fixtures().columnsDdl(), fixtures().keysDdl(), fixtures().indexesDdl());
            TestDatabase b = database(fixtures().relationshipsDdl());
            SchemaDiscovery sd = discovery();
            List<TestDatabase> dbs = List.of(a, b);
            List<SchemaInfo> expected = List.of(
                    KitModelViews.withoutMetrics(sd.discover(a.jdbcUrl(), a.readOnlyProperties())),
                    KitModelViews.withoutMetrics(sd.discover(b.jdbcUrl(), b.readOnlyProperties())));
            assertThat(expected.get(0).tables()).as("the two databases differ").isNotEqualTo(expected.get(1).tables());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<SchemaInfo>> results = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    TestDatabase db = dbs.get(i % 2);
                    results.add(pool.submit(() -> {
                        start.await();
                        return sd.discover(db.jdbcUrl(), db.readOnlyProperties());
                    }));
                }
                start.countDown();
                for (int i = 0; i < THREADS; i++) {
                    assertThat(KitModelViews.withoutMetrics(results.get(i).get(2, TimeUnit.MINUTES)))
                            .as("thread %d (database %s)", i, dbs.get(i % 2).name()).isEqualTo(expected.get(i % 2));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Discovery never writes. */
    @Nested
    @DisplayName("read-only")
    class ReadOnly {
        @Test
        @DisplayName("read-only: discovery runs where the server refuses writes, and the database's fingerprint is unchanged by it")
        void fingerprint() throws Exception {
            TestDatabase db = database(fixtures().columnsDdl(), fixtures().keysDdl(), fixtures().indexesDdl(),
                    List.of("INSERT INTO " + fixtures().quote("tck_plain") + " (" + fixtures().quote("v")
                            + ") VALUES (1)"));
            try (Connection c = db.connectReadOnly(); var st = c.createStatement()) {
                assertThat(catchThrowable(() -> st.execute("CREATE TABLE tck_guard_probe (x integer)")))
                        .as("a write under the kit's discovery settings (TestDatabase.readOnlyProperties()): the"
                                + " server must refuse it, so a write the statement check misses fails too")
                        .isInstanceOf(SQLException.class);
            }
            String before = db.fingerprint();
            discover(db);
            try (Connection c = db.connectReadOnly()) {
                SchemaInfo again = discovery().discover(c);
                assertThat(again.tables()).isNotEmpty();
            }
            assertThat(db.fingerprint()).isEqualTo(before);
        }

        @Test
        @DisplayName("read-only: no statement that writes is sent, only queries and session settings")
        void noWriteStatements() throws SQLException {
            TestDatabase db = database(fixtures().columnsDdl(), fixtures().keysDdl(), fixtures().indexesDdl());
            List<String> texts = discover(db).metrics().statementTexts();
            assertThat(texts).isNotEmpty();
            assertThat(texts).filteredOn(SqlTexts::isWrite).as("statements that write").isEmpty();
        }

        @Test
        @DisplayName("read-only: the caller's connection is left as found (auto-commit, read-only flag, isolation) and usable")
        void connectionRestored() throws SQLException {
            TestDatabase db = database(fixtures().columnsDdl());
            try (Connection c = db.connectReadOnly()) {
                boolean autoCommit = c.getAutoCommit();
                boolean readOnly = c.isReadOnly();
                int isolation = c.getTransactionIsolation();
                SchemaInfo s = discovery().discover(c);
                assertThat(s.tables()).hasSize(2);
                assertThat(c.isClosed()).isFalse();
                assertThat(c.getAutoCommit()).as("auto-commit").isEqualTo(autoCommit);
                assertThat(c.isReadOnly()).as("read-only flag").isEqualTo(readOnly);
                assertThat(c.getTransactionIsolation()).as("isolation").isEqualTo(isolation);
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM "
                        + fixtures().quote("tck_plain"))) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isZero();
                }
            }
        }
    }

    @Nested
    @DisplayName("architecture")
    class Architecture {
        private DialectArchitecture rules() {
            return DialectArchitecture.of(plugins(), driverPackages());
        }

        @Test
        @DisplayName("architecture: the plugin depends on the JDK, the API, SLF4J, Auto-Service annotations and its JDBC driver only")
        void apiAndDriverOnly() {
            rules().dependsOnApiAndDriverOnly();
        }

        @Test
        @DisplayName("architecture: nothing from core, the kit or another dialect")
        void noCoreKitOrOtherDialect() {
            rules().neverCoreKitOrAnotherDialect();
        }

        @Test
        @DisplayName("architecture: render works on the model alone (no catalog, providers, JDBC or driver)")
        void renderOnTheModel() {
            rules().rendersOnTheModelAlone();
        }

        @Test
        @DisplayName("architecture: packages point one way (providers -> catalog -> render) and have no cycles")
        void packagesOneWay() {
            rules().packagesPointOneWay();
        }

        @Test
        @DisplayName("architecture: no static mutable state")
        void noStaticMutableState() {
            rules().noStaticMutableState();
        }

        @Test
        @DisplayName("architecture: the providers are public and final, with final fields only")
        void providersStateless() {
            rules().providersAreStatelessAndFinal(plugins());
        }
    }
}
