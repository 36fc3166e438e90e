package org.schemadiscovery.core;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.exception.DiscoveryException;
import org.schemadiscovery.api.exception.DiscoveryFailedException;
import org.schemadiscovery.api.exception.DiscoveryTimeoutException;
import org.schemadiscovery.api.exception.NoDriverException;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.api.diff.SchemaNormalizer;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.Fingerprinted;
import org.schemadiscovery.core.cache.KnownFingerprints;
import org.schemadiscovery.core.cache.SnapshotCache;
import org.schemadiscovery.core.diff.SchemaDiff;
import org.schemadiscovery.core.generic.GenericErrorClassifier;
import org.schemadiscovery.core.health.FingerprintProbe;
import org.schemadiscovery.core.health.HealthCheck;
import org.schemadiscovery.core.health.HealthOptions;
import org.schemadiscovery.core.health.HealthResult;
import org.schemadiscovery.core.jdbc.CoreConnectionSource;
import org.schemadiscovery.core.jdbc.CountingJdbc;
import org.schemadiscovery.core.jdbc.Drivers;
import org.schemadiscovery.core.jdbc.ReadOnlyOpen;
import org.schemadiscovery.core.jdbc.StatementCounter;
import org.schemadiscovery.core.jdbc.Urls;
import org.schemadiscovery.core.registry.DialectPlugin;
import org.schemadiscovery.core.registry.PluginRegistry;
import org.schemadiscovery.core.run.CachedRun;
import org.schemadiscovery.core.run.DeadlineGuard;
import org.schemadiscovery.core.run.DiscoveryRun;
import org.schemadiscovery.core.time.Durations;
import org.schemadiscovery.core.run.FingerprintRun;
import org.schemadiscovery.core.run.Identification;
import org.schemadiscovery.core.run.SafeListener;
import org.schemadiscovery.core.run.StatementTimeouts;

/**
 * Reads a live database's schema into a {@link SchemaInfo}: identifies the database, picks the best dialect plugin
 * (or the generic JDBC one), runs it through a counting connection and adds relationships and recommendations.
 *
 * <pre>{@code
 * SchemaDiscovery sd = SchemaDiscovery.builder()
 *     .options(DiscoveryOptions.builder().includeSchema("app").build())
 *     .build();
 * SchemaInfo schema = sd.discover("jdbc:postgresql://127.0.0.1/shop?user=app");
 * }</pre>
 *
 * Immutable and thread-safe: one instance may run many discoveries concurrently. Every failure is a
 * {@link org.schemadiscovery.api.exception.DiscoveryException} subtype with a one-line message; URLs in messages and
 * in the identity never carry passwords. Schema patterns that match none of the database's schemas fail with
 * {@link org.schemadiscovery.api.exception.NoMatchingSchemaException}, naming the patterns and the schemas that exist.
 */
public final class SchemaDiscovery {
    /** Default largest share of the tables and views a partial cache reread reads (see the builder). */
    public static final double DEFAULT_REREAD_LIMIT = 0.25;

    private final PluginRegistry registry;
    private final String forcedDialect;
    private final DiscoveryOptions options;
    private final DiscoveryListener listener;
    private final Drivers drivers;
    private final Executor executor;
    private final SnapshotCache cache;
    private final boolean refreshCache;
    private final double rereadLimit;

    private SchemaDiscovery(Builder b) {
        this.registry = b.plugins.build();
        this.forcedDialect = b.dialect;
        this.options = b.options;
        this.listener = b.listener;
        this.drivers = new Drivers(b.layers, b.classLoader != null ? b.classLoader : defaultLoader());
        this.executor = b.executor;
        this.cache = b.cache;
        this.refreshCache = b.refreshCache;
        this.rereadLimit = b.rereadLimit;
    }

    /** A builder with the defaults: ServiceLoader on, dialect by score, {@link DiscoveryOptions#defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The plugins this instance chooses from, and the problems found while loading them. */
    public PluginRegistry registry() {
        return registry;
    }

    /** The DDL renderer of a dialect, if it has one. */
    public Optional<DdlRenderer> renderer(String dialectId) {
        Objects.requireNonNull(dialectId, "dialectId");
        return registry.renderer(dialectId);
    }

    /** The snapshot cache set with {@link Builder#cache(SnapshotCache)}, if any. */
    public Optional<SnapshotCache> cache() {
        return Optional.ofNullable(cache);
    }

    /** The options every discovery of this instance uses. */
    public DiscoveryOptions options() {
        return options;
    }

    /** The dialect id forced with {@link Builder#dialect(String)}, if any. */
    public Optional<String> forcedDialect() {
        return Optional.ofNullable(forcedDialect);
    }

    /**
     * Discovers through the caller's connection. Core never closes it and never reconnects: a broken connection
     * fails fast with {@link DiscoveryConnectionException}.
     */
    public SchemaInfo discover(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        if (cache != null) {
            return discoverCached(connection).schema();
        }
        return discoverUncached(connection);
    }

    /**
     * Discovers through the cache set with {@link Builder#cache(SnapshotCache)}: the stored snapshot when the
     * fingerprint is unchanged, the stored snapshot with the changed tables read again when the change is confined
     * to a few tables (see {@link Builder#partialRereadLimit}), else a full discovery; stores the result and says
     * which it was.
     *
     * @throws IllegalStateException when no cache is set
     */
    public CachedDiscovery discoverCached(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        return run(counting -> {
            requireOpen(connection);
            return CoreConnectionSource.bare(connection, counting);
        }, null, null, cached());
    }

    private SchemaInfo discoverUncached(Connection connection) {
        return run(counting -> {
            requireOpen(connection);
            return CoreConnectionSource.bare(connection, counting);
        }, null, null, discovery());
    }

    /** Discovers through connections from the data source; core closes them and may reconnect. */
    public SchemaInfo discover(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        if (cache != null) {
            return discoverCached(dataSource).schema();
        }
        return runDataSource(dataSource, discovery());
    }

    /** {@link #discoverCached(Connection)} with connections from the data source. */
    public CachedDiscovery discoverCached(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return runDataSource(dataSource, cached());
    }

    private <T> T runDataSource(DataSource dataSource, RunBody<T> body) {
        String description = "data source " + dataSource.getClass().getName();
        return run(counting -> open(dataSource::getConnection, counting, description), null, description, body);
    }

    /** Discovers the database at this JDBC URL (credentials may be in the URL). */
    public SchemaInfo discover(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return discover(jdbcUrl, new Properties());
    }

    /** Discovers the database at this JDBC URL with connection properties such as {@code user} and {@code password}. */
    public SchemaInfo discover(String jdbcUrl, Properties info) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(info, "info");
        if (cache != null) {
            return discoverCached(jdbcUrl, info).schema();
        }
        return runUrl(jdbcUrl, info, discovery());
    }

    /** {@link #discoverCached(Connection)} for the database at this JDBC URL. */
    public CachedDiscovery discoverCached(String jdbcUrl, Properties info) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(info, "info");
        return runUrl(jdbcUrl, info, cached());
    }

    private SnapshotCache requireCache() {
        if (cache == null) {
            throw new IllegalStateException("no cache: set one with SchemaDiscovery.builder().cache(...)");
        }
        return cache;
    }

    /**
     * Takes the dialect's fingerprint of the options' scope without discovering anything (see
     * {@link SchemaFingerprint}): a few statements that tell whether the schema changed since an earlier fingerprint.
     *
     * @return the identity and the fingerprint, empty when the dialect cannot take one
     */
    public Fingerprinted fingerprint(String jdbcUrl, Properties info) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(info, "info");
        return runUrl(jdbcUrl, info, fingerprinting());
    }

    /** Takes the fingerprint through the caller's connection, which core neither closes nor replaces. */
    public Fingerprinted fingerprint(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        return fingerprint(connection, KnownFingerprints.NONE);
    }

    private Fingerprinted fingerprint(Connection connection, KnownFingerprints known) {
        return run(counting -> {
            requireOpen(connection);
            return CoreConnectionSource.bare(connection, counting);
        }, null, null, fingerprinting(known));
    }

    private <T> T runUrl(String jdbcUrl, Properties info, RunBody<T> body) {
        String redacted = Urls.redact(jdbcUrl);
        String url = drivers.acceptedForm(jdbcUrl);
        Driver driver = driverFor(url);
        Properties copy = new Properties();
        copy.putAll(info);
        ReadOnlyOpen.apply(jdbcUrl, copy);
        return run(counting -> open(connector(driver, url, copy), counting, redacted), redacted, redacted, body);
    }

    /**
     * Checks the database's health with this instance's scope and dialects (see {@link HealthCheck}): UP, DEGRADED,
     * DOWN or UNKNOWN, with latencies and details. Never throws for a database problem and returns within the
     * timeout.
     */
    public HealthResult health(String jdbcUrl, Duration timeout) {
        return health(jdbcUrl, new Properties(), HealthOptions.timeout(timeout));
    }

    /** Like {@link #health(String, Duration)}, with connection properties, a slow threshold and the last run. */
    public HealthResult health(String jdbcUrl, Properties info, HealthOptions health) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(health, "health");
        String redacted = Urls.redact(jdbcUrl);
        Driver driver;
        String url;
        try {
            url = drivers.acceptedForm(jdbcUrl);
            driver = driverFor(url);
        } catch (DiscoveryException e) {
            return HealthCheck.failedBeforeConnecting(e);
        }
        Properties copy = new Properties();
        copy.putAll(info);
        ReadOnlyOpen.apply(jdbcUrl, copy);
        return new HealthCheck(connector(driver, url, copy), redacted, this::choose, options,
                new SafeListener(listener)).run(health);
    }

    /**
     * A probe that takes this database's schema fingerprint repeatedly over one kept connection (see
     * {@link FingerprintProbe}); the caller closes it.
     *
     * @throws NoDriverException when no driver accepts the URL
     */
    public FingerprintProbe fingerprintProbe(String jdbcUrl, Properties info) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(info, "info");
        String url = drivers.acceptedForm(jdbcUrl);
        Driver driver = driverFor(url);
        Properties copy = new Properties();
        copy.putAll(info);
        ReadOnlyOpen.apply(jdbcUrl, copy);
        return new FingerprintProbe(connector(driver, url, copy), Urls.redact(jdbcUrl), this::choose, options,
                new SafeListener(listener));
    }

    /** Checks the health of the database behind a data source (see {@link #health(String, Duration)}). */
    public HealthResult health(DataSource dataSource, HealthOptions health) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(health, "health");
        return new HealthCheck(dataSource::getConnection, null, this::choose, options, new SafeListener(listener))
                .run(health);
    }

    /**
     * Identifies the database and the dialect that would discover it, without discovering anything.
     *
     * @return the identity, attributed to the chosen dialect
     */
    public DatabaseIdentity identify(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        requireOpen(connection);
        DatabaseIdentity identity = identity(connection, null);
        return identity.withDialect(choose(identity).id());
    }

    /**
     * The driver that accepts the URL, searching DriverManager, the service layers and the class loader; a
     * {@code jdbc:mysql:} URL is also offered to MariaDB Connector/J.
     */
    public Driver driverFor(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return drivers.find(drivers.acceptedForm(jdbcUrl))
                .orElseThrow(() -> new NoDriverException("No JDBC driver accepts " + Urls.redact(jdbcUrl)));
    }

    /**
     * Compares two models of one dialect with {@link SchemaDiff}, normalised by that dialect's
     * {@link SchemaNormalizer} when its plugin has one and {@code options} names none.
     *
     * @throws IllegalArgumentException when the two models come from different dialects, or for a bad schema map
     */
    public List<SchemaChange> compare(SchemaInfo from, SchemaInfo to, DiffOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(options, "options");
        String dialect = from.identity().dialect();
        if (!Objects.equals(dialect, to.identity().dialect())) {
            throw new IllegalArgumentException("cannot compare a " + dialect + " schema with a "
                    + to.identity().dialect() + " schema: both sides must be of one dialect");
        }
        DiffOptions effective = options.normalizer() != null || dialect == null ? options
                : registry.normalizer(dialect).map(options::withNormalizer).orElse(options);
        return SchemaDiff.compare(from, to, effective);
    }

    @Override
    public String toString() {
        return "SchemaDiscovery" + registry.dialects().stream().map(DialectPlugin::id).toList()
                + (forcedDialect == null ? "" : " forced=" + forcedDialect);
    }

    /** What a guarded run does once connected and identified. */
    @FunctionalInterface
    private interface RunBody<T> {
        T run(DialectPlugin plugin, CoreConnectionSource source, StatementCounter counter, DatabaseIdentity identity,
              StatementTimeouts timeouts, long startNanos, Instant deadline);
    }

    private RunBody<SchemaInfo> discovery() {
        return (plugin, source, counter, identity, timeouts, startNanos, deadline) -> new DiscoveryRun(plugin,
                registry.generic(), source, counter, identity, options, listener, timeouts, startNanos, deadline,
                executor).execute();
    }

    /**
     * A discovery through the cache on one connection and one identification: the fingerprint, then the stored
     * snapshot, a partial reread or a full discovery, all through the connection source the run opened (a second
     * connect and a second metadata read cost more than the fingerprint itself on a big SQLite file, whose schema
     * every new connection parses again). The statements of a partial or full run include the fingerprint's.
     */
    private RunBody<CachedDiscovery> cached() {
        SnapshotCache store = requireCache();
        return (plugin, source, counter, identity, timeouts, startNanos, deadline) -> {
            CachedDiscovery result = CachedRun.run(store, refreshCache, options, rereadLimit,
                    known -> FingerprintRun.take(plugin, source, counter, identity, options, deadline, executor,
                            startNanos, known),
                    () -> new DiscoveryRun(plugin, registry.generic(), source, counter, identity, options, listener,
                            timeouts, startNanos, deadline, executor).execute(),
                    (stored, tables) -> new DiscoveryRun(plugin, registry.generic(), source, counter, identity,
                            options, listener, timeouts, startNanos, deadline, executor).reread(stored, tables),
                    new SafeListener(listener));
            if (result.outcome() != CacheOutcome.HIT) {
                new SafeListener(listener).discoveryFinished(result.schema().identity(), result.schema().metrics());
            }
            return result;
        };
    }

    private RunBody<Fingerprinted> fingerprinting() {
        return fingerprinting(KnownFingerprints.NONE);
    }

    private RunBody<Fingerprinted> fingerprinting(KnownFingerprints known) {
        return (plugin, source, counter, identity, timeouts, startNanos, deadline) -> FingerprintRun.take(plugin,
                source, counter, identity, options, deadline, executor, startNanos, known);
    }

    /** Creates the connection source inside the guarded run. */
    @FunctionalInterface
    private interface SourceFactory {
        CoreConnectionSource create(CountingJdbc counting);
    }

    /**
     * @param factory     opens (or wraps) the connection source inside the guarded run
     * @param fallbackUrl the URL for the identity when the driver reports none (redacted), or null
     * @param target      what is being connected to, for messages (redacted), or null for a caller's connection
     */
    private <T> T run(SourceFactory factory, String fallbackUrl, String target, RunBody<T> body) {
        long startNanos = System.nanoTime();
        AtomicReference<String> dialect = new AtomicReference<>();
        SafeListener events = new SafeListener(listener);
        try {
            T result = guardedRun(factory, fallbackUrl, target, startNanos, dialect, body);
            if (result instanceof SchemaInfo schema) {
                events.discoveryFinished(schema.identity(), schema.metrics());
            }
            return result;
        } catch (DiscoveryException e) {
            events.discoveryFailed(dialect.get(), e.errorClass(), System.nanoTime() - startNanos);
            throw e;
        }
    }

    private <T> T guardedRun(SourceFactory factory, String fallbackUrl, String target, long startNanos,
                             AtomicReference<String> chosenDialect, RunBody<T> body) {
        boolean connecting = target != null;
        Instant deadline = Instant.now().plus(options.timeout());
        StatementTimeouts timeouts = new StatementTimeouts(deadline, options.statementTimeout());
        StatementCounter counter = new StatementCounter();
        CountingJdbc counting = new CountingJdbc(counter, timeouts);
        AtomicReference<CoreConnectionSource> current = new AtomicReference<>();
        Executor aborter = task -> {
            Thread t = new Thread(task, "schema-discovery-abort");
            t.setDaemon(true);
            t.start();
        };
        try {
            return DeadlineGuard.run(() -> {
                CoreConnectionSource source = factory.create(counting);
                current.set(source);
                try {
                    DatabaseIdentity identity = identity(source.raw(), fallbackUrl);
                    DialectPlugin plugin = choose(identity);
                    chosenDialect.set(plugin.id());
                    return body.run(plugin, source, counter, identity.withDialect(plugin.id()), timeouts,
                            startNanos, deadline);
                } finally {
                    source.close();
                }
            }, deadline, options.timeout(), () -> {
                CoreConnectionSource source = current.get();
                if (source != null) {
                    source.abortOwned(aborter);
                    return true;
                }
                counting.cancelAll();
                return !connecting;
            });
        } catch (DiscoveryTimeoutException e) {
            if (connecting && current.get() == null) {
                // A server that accepts the connection and never answers: a connection failure, said plainly.
                throw new DiscoveryConnectionException("cannot connect to " + target + ": no answer within "
                        + Durations.human(options.timeout()), e);
            }
            throw e;
        }
    }

    private DialectPlugin choose(DatabaseIdentity identity) {
        return forcedDialect != null ? registry.require(forcedDialect) : registry.select(identity);
    }

    private static DatabaseIdentity identity(Connection raw, String fallbackUrl) {
        try {
            return Identification.identify(raw, fallbackUrl);
        } catch (SQLException e) {
            ErrorClass cls = GenericErrorClassifier.classify(e);
            if (cls == ErrorClass.CONNECTION) {
                throw new DiscoveryConnectionException("cannot read the database metadata: " + Urls.oneLine(e), e);
            }
            throw new DiscoveryFailedException(cls, "cannot read the database metadata: " + Urls.oneLine(e), e);
        }
    }

    private static void requireOpen(Connection connection) {
        boolean closed;
        try {
            closed = connection.isClosed();
        } catch (SQLException e) {
            throw new DiscoveryConnectionException("the connection is unusable: " + Urls.oneLine(e), e);
        }
        if (closed) {
            throw new DiscoveryConnectionException("the connection is closed", null);
        }
    }

    private static CoreConnectionSource open(CoreConnectionSource.Opener opener, CountingJdbc counting,
                                             String description) {
        try {
            return CoreConnectionSource.opening(opener, counting);
        } catch (SQLException e) {
            throw new DiscoveryConnectionException("cannot connect to " + description + ": " + Urls.oneLine(e), e);
        } catch (RuntimeException e) {
            throw new DiscoveryConnectionException("cannot connect to " + description + ": " + e, e);
        }
    }

    /** Opens connections with the driver, failing plainly when it refuses the URL. */
    private static CoreConnectionSource.Opener connector(Driver driver, String url, Properties info) {
        return () -> {
            Connection c = driver.connect(url, info);
            if (c == null) {
                throw new SQLException("the driver " + driver.getClass().getName() + " refused the URL", "08001");
            }
            return c;
        };
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : SchemaDiscovery.class.getClassLoader();
    }

    /** Builds a {@link SchemaDiscovery}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {
        private final PluginRegistry.Builder plugins = PluginRegistry.builder();
        private final List<ModuleLayer> layers = new ArrayList<>();
        private ClassLoader classLoader;
        private String dialect;
        private DiscoveryOptions options = DiscoveryOptions.defaults();
        private DiscoveryListener listener = DiscoveryListener.NONE;
        private Executor executor;
        private SnapshotCache cache;
        private boolean refreshCache;
        private double rereadLimit = DEFAULT_REREAD_LIMIT;

        private Builder() {
        }

        /** Whether to find plugins with ServiceLoader (class path and service layers); default true. */
        public Builder loadServices(boolean load) {
            plugins.loadServices(load);
            return this;
        }

        /** Also loads plugins and JDBC drivers from this module layer (and its parents); may be called repeatedly. */
        public Builder serviceLayer(ModuleLayer layer) {
            layers.add(Objects.requireNonNull(layer, "layer"));
            plugins.layer(layer);
            return this;
        }

        /** Class-path plugin and driver loading uses this loader (default: the thread's context loader). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "classLoader");
            plugins.classLoader(loader);
            return this;
        }

        /** Registers a strategy; it wins over a loaded one with the same dialect id. */
        public Builder register(DiscoveryStrategy strategy) {
            plugins.register(strategy);
            return this;
        }

        /** Registers an index discovery. */
        public Builder register(IndexDiscovery indexDiscovery) {
            plugins.register(indexDiscovery);
            return this;
        }

        /** Registers a constraint discovery. */
        public Builder register(ConstraintDiscovery constraintDiscovery) {
            plugins.register(constraintDiscovery);
            return this;
        }

        /** Registers a DDL renderer. */
        public Builder register(DdlRenderer renderer) {
            plugins.register(renderer);
            return this;
        }

        /** Registers a schema-comparison normaliser. */
        public Builder register(SchemaNormalizer normalizer) {
            plugins.register(normalizer);
            return this;
        }

        /**
         * Forces a dialect instead of scoring, e.g. {@code "generic"}. An unknown id fails at discovery time with a
         * {@link org.schemadiscovery.api.exception.PluginException} listing the known ids.
         */
        public Builder dialect(String dialectId) {
            this.dialect = Objects.requireNonNull(dialectId, "dialectId");
            return this;
        }

        /** Scope, deadline, timeouts and retry policy. */
        public Builder options(DiscoveryOptions newOptions) {
            this.options = Objects.requireNonNull(newOptions, "options");
            return this;
        }

        /** Progress listener. */
        public Builder listener(DiscoveryListener newListener) {
            this.listener = Objects.requireNonNull(newListener, "listener");
            return this;
        }

        /**
         * Where a dialect runs work beside the session, such as reading indexes on a second connection (default: a
         * new daemon thread per run). A direct executor ({@code Runnable::run}), one that rejects the work or one
         * whose threads are all busy makes the run read everything on one connection instead of waiting.
         */
        public Builder executor(Executor newExecutor) {
            this.executor = Objects.requireNonNull(newExecutor, "executor");
            return this;
        }

        /**
         * Serves unchanged schemas from this store: each discovery first takes the dialect's fingerprint (a few
         * statements) and returns the stored snapshot when it is unchanged; when only some tables changed it reads
         * those again and merges them into the stored snapshot; otherwise it discovers everything; it stores. The
         * caller closes the store.
         */
        public Builder cache(SnapshotCache newCache) {
            this.cache = Objects.requireNonNull(newCache, "cache");
            return this;
        }

        /** With a cache: never serve a stored snapshot, discover and overwrite it (default false). */
        public Builder refreshCache(boolean refresh) {
            this.refreshCache = refresh;
            return this;
        }

        /**
         * With a cache: when only some tables changed, read those (and the tables and views that name them) again and
         * merge them into the stored snapshot, as long as they are at most this share of the tables and views in
         * scope; beyond it, or with 0, discover everything (default {@value SchemaDiscovery#DEFAULT_REREAD_LIMIT}). 1 always rereads
         * partially when the change is confined to tables.
         */
        public Builder partialRereadLimit(double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("partialRereadLimit must be between 0 and 1: " + share);
            }
            this.rereadLimit = share;
            return this;
        }

        /** The configured instance (loads the plugins now). */
        public SchemaDiscovery build() {
            return new SchemaDiscovery(this);
        }
    }
}
