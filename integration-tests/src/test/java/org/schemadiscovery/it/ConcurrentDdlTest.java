package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.core.SchemaDiscovery;

/**
 * Scenario 5: a second connection creates and drops tables (parents, children with foreign keys, indexes) in a
 * loop while discoveries run; every result is internally consistent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("concurrent DDL while discovering")
class ConcurrentDdlTest {
    /** How long the DDL loop runs per dialect. */
    private static final Duration CHURN = Duration.ofSeconds(4);

    private PgDatabase db;
    private final SchemaDiscovery sd = Plugins.both().build();

    @TempDir
    Path dir;

    @BeforeAll
    void createDatabase() throws SQLException {
        db = PgDatabase.create();
        db.exec(Fixtures.postgresShop());
        db.exec("CREATE SCHEMA churn");
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    @DisplayName("PostgreSQL: every result of discoveries racing CREATE/DROP TABLE is consistent")
    void postgres() throws Exception {
        try (Connection ddl = db.connect()) {
            Churn churn = race(ddl, ConcurrentDdlTest::postgresRound, () -> sd.discover(db.url()));
            assertThat(churn.statements.get()).as("DDL statements run").isGreaterThan(20);
        }
    }

    @Test
    @DisplayName("SQLite (WAL): every result of discoveries racing CREATE/DROP TABLE is consistent")
    void sqlite() throws Exception {
        List<String> ddl = new ArrayList<>(List.of("PRAGMA journal_mode = WAL"));
        ddl.addAll(Fixtures.sqliteShop());
        Path file = SqliteFiles.create(dir.resolve("churn.sqlite"), ddl);
        try (Connection writer = SqliteFiles.openReadWrite(file)) {
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
            }
            Churn churn = race(writer, ConcurrentDdlTest::sqliteRound, () -> sd.discover(SqliteFiles.url(file)));
            assertThat(churn.statements.get()).as("DDL statements run").isGreaterThan(20);
        }
    }

    /** What the DDL loop did. */
    private static final class Churn {
        final AtomicInteger statements = new AtomicInteger();
        final AtomicInteger rounds = new AtomicInteger();
        final AtomicInteger deadlocks = new AtomicInteger();
    }

    /**
     * PostgreSQL may pick the DDL session as the victim of a deadlock with a discovery's catalog reads (the DROP waits
     * for ACCESS EXCLUSIVE while discovery holds ACCESS SHARE and waits on the DDL's new relation). That aborts only
     * the test's own DDL statement, which is then simply run again; discovery's side is what the test checks.
     */
    private static void executeRetryingDeadlocks(Statement st, String sql, Churn churn)
            throws SQLException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                st.execute(sql);
                return;
            } catch (SQLException e) {
                if (!"40P01".equals(e.getSQLState()) || attempt == 20) {
                    throw e;
                }
                churn.deadlocks.incrementAndGet();
                Thread.sleep(10);
            }
        }
    }

    /**
     * Round {@code i} on PostgreSQL: a parent with a default, a check and an expression index, a child with a
     * foreign key and an index, a view joining them (every deparser function has something to read while the
     * objects come and go); then the objects of round {@code i - 2} are dropped, alternately child first and parent
     * first (CASCADE drops the foreign key and the view, the child stays until the next statement).
     */
    static List<String> postgresRound(int i) {
        String p = "churn.p_" + i;
        String c = "churn.c_" + i;
        List<String> round = new ArrayList<>(List.of(
                "CREATE TABLE " + p + " (id integer PRIMARY KEY, code text UNIQUE)",
                "ALTER TABLE " + p + " ADD COLUMN extra integer DEFAULT 7 CHECK (extra > 0)",
                "CREATE INDEX p_" + i + "_lower ON " + p + " (lower(code)) WHERE code <> ''",
                "CREATE TABLE " + c + " (id integer PRIMARY KEY, p_id integer REFERENCES " + p + " (id), note text)",
                "CREATE INDEX c_" + i + "_p ON " + c + " (p_id)",
                "CREATE VIEW churn.v_" + i + " AS SELECT c.id, p.code FROM " + c + " c JOIN " + p
                        + " p ON p.id = c.p_id"));
        if (i >= 2) {
            int old = i - 2;
            if (i % 2 == 0) {
                round.add("DROP TABLE churn.c_" + old + " CASCADE");
                round.add("DROP TABLE churn.p_" + old);
            } else {
                round.add("DROP TABLE churn.p_" + old + " CASCADE");
                round.add("DROP TABLE churn.c_" + old);
            }
        }
        return round;
    }

    /** Round {@code i} on SQLite: parent, child with a foreign key and an index, a view; round {@code i - 2} dropped. */
    static List<String> sqliteRound(int i) {
        List<String> round = new ArrayList<>(List.of(
                "CREATE TABLE p_" + i + " (id INTEGER PRIMARY KEY, code TEXT UNIQUE, extra INTEGER DEFAULT 7"
                        + " CHECK (extra > 0))",
                "CREATE INDEX p_" + i + "_lower ON p_" + i + " (lower(code)) WHERE code <> ''",
                "CREATE TABLE c_" + i + " (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p_" + i + " (id),"
                        + " note TEXT)",
                "CREATE INDEX c_" + i + "_p ON c_" + i + " (p_id)",
                "CREATE VIEW v_" + i + " AS SELECT c.id, p.code FROM c_" + i + " c JOIN p_" + i
                        + " p ON p.id = c.p_id"));
        if (i >= 2) {
            int old = i - 2;
            // child before parent: dropping the parent first would leave a real foreign key to a missing table,
            // which SQLite allows and which is then no discovery inconsistency
            round.add("DROP VIEW v_" + old);
            round.add("DROP TABLE c_" + old);
            round.add("DROP TABLE p_" + old);
        }
        return round;
    }

    /** Runs the DDL rounds on {@code ddl} for {@link #CHURN} while discovering over and over; checks every result. */
    private Churn race(Connection ddl, IntFunction<List<String>> rounds, Supplier<SchemaInfo> discover)
            throws Exception {
        Churn churn = new Churn();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> loop = pool.submit(() -> {
            long end = System.nanoTime() + CHURN.toNanos();
            try (Statement st = ddl.createStatement()) {
                for (int i = 0; System.nanoTime() < end && !stop.get(); i++) {
                    for (String sql : rounds.apply(i)) {
                        executeRetryingDeadlocks(st, sql, churn);
                        churn.statements.incrementAndGet();
                    }
                    churn.rounds.incrementAndGet();
                }
            }
            return null;
        });
        List<SchemaInfo> results = new ArrayList<>();
        try {
            while (!loop.isDone()) {
                SchemaInfo s = discover.get();
                results.add(s);
                assertConsistent(s, results.size());
            }
            loop.get();
        } finally {
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(results).as("discoveries during the churn").hasSizeGreaterThanOrEqualTo(3);
        assertThat(results).as("discoveries that saw churned tables")
                .anyMatch(r -> r.tables().stream().anyMatch(t -> t.ref().name().startsWith("c_")));
        return churn;
    }

    private static void assertConsistent(SchemaInfo s, int run) {
        List<String> problems = new ArrayList<>(ModelChecks.inconsistencies(s));
        // core merges indexes and constraints into their tables: one whose table is missing would vanish silently,
        // so the phase counts must equal what the tables (and materialized views) carry
        long indexes = s.tables().stream().mapToLong(t -> t.indexes().size()).sum()
                + s.views().stream().mapToLong(v -> v.indexes().size()).sum();
        long constraints = s.tables().stream().mapToLong(t -> t.constraints().size()).sum();
        phase(s, "indexes").ifPresent(p -> {
            if (p.items() != indexes) {
                problems.add("indexes phase found " + p.items() + " indexes, tables and views carry " + indexes);
            }
        });
        phase(s, "constraints").ifPresent(p -> {
            if (p.items() != constraints) {
                problems.add("constraints phase found " + p.items() + " constraints, tables carry " + constraints);
            }
        });
        // churned objects come whole: a child with all its columns, a view with its columns and definition
        for (TableInfo t : s.tables()) {
            if (t.ref().name().startsWith("c_")) {
                assertThat(t.columns()).extracting(c -> c.name()).as("columns of %s", t.ref())
                        .containsExactly("id", "p_id", "note");
            }
        }
        for (ViewInfo v : s.views()) {
            if (v.ref().name().startsWith("v_")) {
                assertThat(v.columns()).extracting(c -> c.name()).as("columns of view %s", v.ref())
                        .containsExactly("id", "code");
                assertThat(v.definition()).as("definition of view %s", v.ref()).isNotBlank();
            }
        }
        assertThat(problems).as("inconsistencies in discovery %d (warnings %s)", run, s.warnings()).isEmpty();
    }

    private static java.util.Optional<PhaseMetric> phase(SchemaInfo s, String name) {
        return s.metrics().phases().stream().filter(p -> p.phase().equals(name)).findFirst();
    }
}
