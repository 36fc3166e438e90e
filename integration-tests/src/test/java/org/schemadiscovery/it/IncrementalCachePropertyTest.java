package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.MemorySnapshotCache;
import org.schemadiscovery.dialect.postgresql.PostgresConstraintDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresDiscoveryStrategy;
import org.schemadiscovery.dialect.postgresql.PostgresIndexDiscovery;
import org.schemadiscovery.dialect.sqlite.SqliteConstraintDiscovery;
import org.schemadiscovery.dialect.sqlite.SqliteDiscoveryStrategy;
import org.schemadiscovery.dialect.sqlite.SqliteIndexDiscovery;
import org.schemadiscovery.it.RandomDdlChanges.Change;
import org.schemadiscovery.it.RandomSchemas.Dialect;

/**
 * Property: for a random schema, cached, then changed by rounds of random DDL (seeded; a failure names the seed), a
 * cached discovery equals a fresh full discovery (the models without metrics), is a partial reread when the change
 * is confined to tables (creating, dropping and renaming tables and views included, on PostgreSQL too) and a full
 * discovery when it is not, and its stored result serves the next round. Roles created and dropped on the server
 * meanwhile (by other tests) must not matter: the PostgreSQL fingerprint reads only the roles the scope names. The
 * schema is a random one plus a second random one of bystander tables, so that a reread leaves most tables alone.
 * Tries: {@code -Dit.cache.tries} (default 40 on SQLite, a quarter of it on PostgreSQL); first seed {@code -Dit.seed}.
 */
@DisplayName("property: a cached discovery after random DDL equals a full discovery, rereading only changed tables")
class IncrementalCachePropertyTest {
    private static final int TRIES = Integer.getInteger("it.cache.tries", 40);
    private static final long FIRST_SEED = Long.getLong("it.seed", 20_261_203L);
    private static final int ROUNDS = 3;

    static Stream<Long> seeds() {
        return LongStream.range(0, TRIES).mapToObj(i -> FIRST_SEED + i * 7_919L);
    }

    static Stream<Long> fewerSeeds() {
        return LongStream.range(0, Math.max(1, TRIES / 4)).mapToObj(i -> FIRST_SEED + i * 7_919L);
    }

    /** Where the database lives and how to change and discover it. */
    interface Target {
        void exec(String sql) throws SQLException;

        String url();

        Properties info();
    }

    /** Looks up through the cache and checks the outcome. */
    private static CachedDiscovery expect(SchemaDiscovery incremental, Target db, CacheOutcome expected, String what)
            throws SQLException {
        CachedDiscovery d = incremental.discoverCached(db.url(), db.info());
        assertThat(d.outcome()).as("%s outcome (%s)", what, d.fullReason()).isEqualTo(expected);
        return d;
    }

    static SchemaDiscovery.Builder sqlite(boolean ignoreRestriction) {
        SchemaDiscovery.Builder b = SchemaDiscovery.builder().loadServices(false);
        return ignoreRestriction ? RestrictionIgnoring.register(b, new SqliteDiscoveryStrategy(),
                new SqliteIndexDiscovery(), new SqliteConstraintDiscovery())
                : b.register(new SqliteDiscoveryStrategy()).register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery());
    }

    static SchemaDiscovery.Builder postgres(boolean ignoreRestriction) {
        SchemaDiscovery.Builder b = SchemaDiscovery.builder().loadServices(false);
        return ignoreRestriction ? RestrictionIgnoring.register(b, new PostgresDiscoveryStrategy(),
                new PostgresIndexDiscovery(), new PostgresConstraintDiscovery())
                : b.register(new PostgresDiscoveryStrategy()).register(new PostgresIndexDiscovery())
                .register(new PostgresConstraintDiscovery());
    }

    /** The random schema of the seed plus bystander tables (another random schema, names prefixed). */
    static RandomSchemas.Schema schema(long seed) {
        RandomSchemas.Schema main = RandomSchemas.generate(seed);
        RandomSchemas.Schema other = RandomSchemas.generate(seed * 13 + 5);
        RandomSchemas.Schema third = RandomSchemas.generate(seed * 17 + 3);
        List<RandomSchemas.Table> tables = new ArrayList<>(main.tables());
        tables.addAll(prefixed(other, "b ").tables());
        tables.addAll(prefixed(third, "c ").tables());
        return new RandomSchemas.Schema(seed, List.copyOf(tables));
    }

    private static RandomSchemas.Schema prefixed(RandomSchemas.Schema s, String p) {
        return new RandomSchemas.Schema(s.seed(), s.tables().stream().map(t -> new RandomSchemas.Table(p + t.name(),
                t.columns(), p + t.pkName(), t.pk(),
                t.uniques().stream().map(u -> new RandomSchemas.Unique(p + u.name(), u.columns())).toList(),
                t.foreignKeys().stream().map(fk -> new RandomSchemas.ForeignKey(p + fk.name(), fk.columns(),
                        p + fk.parent(), fk.parentColumns(), fk.onDelete(), fk.onUpdate())).toList(),
                t.indexes().stream().map(i -> new RandomSchemas.Index(p + i.name(), i.columns(), i.descending(),
                        i.unique(), i.partialOn())).toList())).toList());
    }

    /**
     * Caches the schema, then runs rounds of random DDL, each followed by a cached and a full discovery.
     *
     * @param incremental the facade with the cache (rereads up to every table, so confined changes are partial)
     * @param full        a facade without cache
     * @param ignoring    the dialect ignores the table restriction: its reread reads every table
     */
    static void check(long seed, Dialect dialect, String schemaName, Target db, SchemaDiscovery incremental,
                      SchemaDiscovery full, boolean ignoring) throws Exception {
        RandomSchemas.Schema generated = schema(seed);
        Random r = new Random(seed);
        List<String> log = new ArrayList<>();
        try {
            for (String sql : RandomSchemas.ddl(generated, dialect, schemaName)) {
                db.exec(sql);
            }
            RandomDdlChanges changes = new RandomDdlChanges(generated, dialect, schemaName);
            for (Change c : changes.initialViews(r)) {
                db.exec(c.sql());
                c.apply().run();
            }
            expect(incremental, db, CacheOutcome.MISS, "first");
            for (int round = 0; round < ROUNDS; round++) {
                boolean applied = false;
                boolean outside = false;
                int count = 1 + r.nextInt(4);
                int outsideAt = dialect == Dialect.POSTGRESQL && r.nextInt(6) == 0 ? r.nextInt(count) : -1;
                for (int i = 0; i < count; i++) {
                    Change c = i == outsideAt ? changes.outside() : changes.next(r);
                    try {
                        db.exec(c.sql());
                        c.apply().run();
                        applied = true;
                        outside |= c.outsideTables();
                        log.add("round " + round + ": " + c.sql());
                    } catch (SQLException refused) {
                        log.add("round " + round + " (refused): " + c.sql());
                    }
                }
                CacheOutcome expected = !applied ? CacheOutcome.HIT
                        : outside ? CacheOutcome.MISS : CacheOutcome.PARTIAL;
                CachedDiscovery cached = expect(incremental, db, expected, "round " + round);
                SchemaInfo fresh = full.discover(db.url(), db.info());
                assertThat(fresh.warnings()).as("warnings of the full discovery").isEmpty();
                SchemaInfo got = withoutMetrics(cached.schema());
                SchemaInfo want = withoutMetrics(fresh);
                if (!got.equals(want)) {
                    throw new AssertionError("round " + round + ": " + cached.outcome() + " differs from a full"
                            + " discovery: " + full.compare(want, got, DiffOptions.defaults())
                            + (got.recommendations().equals(want.recommendations()) ? ""
                            : "\n recommendations " + got.recommendations() + "\n    vs " + want.recommendations())
                            + (got.relationships().equals(want.relationships()) ? "" : "\n relationships differ"));
                }
                if (cached.outcome() == CacheOutcome.PARTIAL) {
                    assertThat(cached.tablesReread()).isPositive();
                    long tablesRead = cached.schema().metrics().phases().stream()
                            .filter(p -> p.phase().equals("tables")).mapToLong(PhaseMetric::items).sum();
                    if (ignoring) {
                        assertThat(tablesRead).as("the dialect read every table").isEqualTo((long) fresh.tables().size());
                    }
                }
                CachedDiscovery again = expect(incremental, db, CacheOutcome.HIT,
                        "round " + round + " again (the merged snapshot was stored)");
                assertThat(withoutMetrics(again.schema())).isEqualTo(want);
            }
        } catch (AssertionError | Exception e) {
            throw new AssertionError("seed " + seed + " (replay with -Dit.seed=" + seed + " -Dit.cache.tries=1), "
                    + dialect + ", changes:\n  " + String.join("\n  ", log) + "\n" + e.getMessage(), e);
        }
    }

    static SchemaInfo withoutMetrics(SchemaInfo s) {
        return s.withMetrics(DiscoveryMetrics.empty());
    }

    @Nested
    @DisplayName("SQLite")
    class Sqlite {
        @TempDir
        Path dir;

        void run(long seed, boolean ignoring) throws Exception {
            Path file = dir.resolve(seed + ".sqlite");
            SqliteFiles.create(file, List.of());
            SchemaDiscovery incremental = sqlite(ignoring).cache(new MemorySnapshotCache(4)).partialRereadLimit(1)
                    .build();
            check(seed, Dialect.SQLITE, null, new Target() {
                @Override
                public void exec(String sql) throws SQLException {
                    try (Connection c = SqliteFiles.openReadWrite(file); Statement st = c.createStatement()) {
                        st.execute(sql);
                    }
                }

                @Override
                public String url() {
                    return SqliteFiles.url(file);
                }

                @Override
                public Properties info() {
                    return new Properties();
                }
            }, incremental, sqlite(false).build(), ignoring);
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("org.schemadiscovery.it.IncrementalCachePropertyTest#seeds")
        @DisplayName("random DDL rounds: the cached result equals a full discovery")
        void rounds(long seed) throws Exception {
            run(seed, false);
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("org.schemadiscovery.it.IncrementalCachePropertyTest#fewerSeeds")
        @DisplayName("a dialect that ignores the table restriction: still equal, core keeps only the reread tables")
        void ignoringDialect(long seed) throws Exception {
            run(seed, true);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("PostgreSQL")
    class Postgres {
        private static final String SCHEMA = "gen";
        private PgDatabase db;

        @BeforeAll
        void create() throws SQLException {
            db = PgDatabase.create();
        }

        @AfterAll
        void drop() throws SQLException {
            db.close();
        }

        void run(long seed, boolean ignoring) throws Exception {
            db.exec("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
            DiscoveryOptions options = DiscoveryOptions.builder().includeSchema(SCHEMA).build();
            SchemaDiscovery incremental = postgres(ignoring).options(options)
                    .cache(new MemorySnapshotCache(4)).partialRereadLimit(1).build();
            try (Connection c = DriverManager.getConnection(db.url()); Statement st = c.createStatement()) {
                check(seed, Dialect.POSTGRESQL, SCHEMA, new Target() {
                    @Override
                    public void exec(String sql) throws SQLException {
                        st.execute(sql);
                    }

                    @Override
                    public String url() {
                        return db.url();
                    }

                    @Override
                    public Properties info() {
                        return new Properties();
                    }

                }, incremental, postgres(false).options(options).build(), ignoring);
            }
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("org.schemadiscovery.it.IncrementalCachePropertyTest#fewerSeeds")
        @DisplayName("random DDL rounds: the cached result equals a full discovery")
        void rounds(long seed) throws Exception {
            run(seed, false);
        }

        @ParameterizedTest(name = "seed {0}")
        @MethodSource("org.schemadiscovery.it.IncrementalCachePropertyTest#fewerSeeds")
        @DisplayName("a dialect that ignores the table restriction: still equal, core keeps only the reread tables")
        void ignoringDialect(long seed) throws Exception {
            run(seed + 1, true);
        }
    }
}
