package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.ObjectKind;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.dialect.postgresql.catalog.CatalogSql;
import org.schemadiscovery.dialect.postgresql.catalog.PgFeatures;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.RoundTripModels;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;

@DisplayName("reading ahead: indexes and constraints on a second connection that imports the session's snapshot")
class ReadAheadTest {

    @Test
    @DisplayName("the same model as one connection reads, with the second connection's statements after the first's")
    void sameModelAsOneConnection() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.script("fixtures/features.sql");
            SchemaInfo ahead = Discovery.discover(db);
            SchemaInfo single;
            try (Connection c = db.connect()) {
                single = Discovery.discover(c);
            }
            RoundTripModels.assertSameSchema(ahead, single);
            assertThat(ahead.recommendations()).isEqualTo(single.recommendations());

            Map<String, String> sql = sql(single);
            assertThat(single.metrics().statementTexts()).containsExactly(sql.get("begin"),
                    sql.get("session-settings"), sql.get("savepoint"), sql.get("probe"), sql.get("schemas"),
                    sql.get("comments"), sql.get("privileges"), sql.get("sequences"), sql.get("relations"), sql.get("columns"), sql.get("triggers"),
                    sql.get("policies"), sql.get("types"), sql.get("routines"), sql.get("extensions"),
                    sql.get("indexes"), sql.get("constraints"), sql.get("end"));
            List<String> texts = Discovery.statementTexts(ahead);
            assertThat(texts.subList(texts.indexOf(sql.get("end")) + 1, texts.size())).containsExactly(
                    sql.get("begin"), "SET TRANSACTION SNAPSHOT '<id>'", sql.get("session-settings"),
                    sql.get("savepoint"), sql.get("indexes"), sql.get("constraints"), sql.get("end"));
            assertThat(ahead.metrics().statementTexts()).anySatisfy(
                    t -> assertThat(t).matches("SET TRANSACTION SNAPSHOT '[0-9A-F]+-[0-9A-F]+-[0-9]+'"));
        }
    }

    @Test
    @DisplayName("a caller's direct executor or saturated pool: the run reads on one connection, same model, no deadlock")
    void callersExecutorFallsBackToOneConnection() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.script("fixtures/features.sql");
            SchemaInfo single;
            try (Connection c = db.connect()) {
                single = Discovery.discover(c);
            }
            SchemaInfo direct = withExecutor(Runnable::run).discover(db.url());
            assertOneConnection(direct, single);

            ExecutorService pool = Executors.newFixedThreadPool(1);
            CountDownLatch release = new CountDownLatch(1);
            try {
                pool.execute(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                SchemaInfo saturated = CompletableFuture.supplyAsync(() -> withExecutor(pool).discover(db.url()))
                        .get(60, TimeUnit.SECONDS);
                assertOneConnection(saturated, single);
            } finally {
                release.countDown();
                pool.shutdownNow();
            }

            ExecutorService free = Executors.newFixedThreadPool(2);
            try {
                SchemaInfo pooled = withExecutor(free).discover(db.url());
                RoundTripModels.assertSameSchema(pooled, single);
                assertThat(pooled.metrics().statementTexts()).as("read ahead on the caller's pool")
                        .anyMatch(t -> t.startsWith("SET TRANSACTION SNAPSHOT"));
            } finally {
                free.shutdownNow();
            }
        }
    }

    private static SchemaDiscovery withExecutor(Executor executor) {
        return SchemaDiscovery.builder().loadServices(false).register(new PostgresDiscoveryStrategy())
                .register(new PostgresIndexDiscovery()).register(new PostgresConstraintDiscovery())
                .executor(executor).build();
    }

    private static void assertOneConnection(SchemaInfo s, SchemaInfo single) {
        RoundTripModels.assertSameSchema(s, single);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.metrics().statementTexts()).noneMatch(t -> t.startsWith("SET TRANSACTION SNAPSHOT"))
                .containsSubsequence(single.metrics().statementTexts());
    }

    @Test
    @DisplayName("nothing is read ahead when the scope asks for neither indexes nor constraints")
    void notWhenNotAsked() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.exec("CREATE TABLE t (id int PRIMARY KEY)");
            Set<ObjectKind> kinds = EnumSet.allOf(ObjectKind.class);
            kinds.removeAll(Set.of(ObjectKind.INDEXES, ObjectKind.CONSTRAINTS));
            SchemaInfo s = Discovery.discover(db, DiscoveryOptions.builder().kinds(kinds).build());
            assertThat(s.tables()).singleElement().satisfies(t -> {
                assertThat(t.indexes()).isEmpty();
                assertThat(t.constraints()).isEmpty();
            });
            assertThat(s.metrics().statementTexts()).doesNotContain(sql(s).get("export-snapshot"))
                    .noneMatch(t -> t.startsWith("SET TRANSACTION SNAPSHOT"));
        }
    }

    @Test
    @DisplayName("when the second connection cannot be opened, the session reads everything itself")
    void secondConnectionRefused() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.script("fixtures/features.sql");
            SchemaInfo reference;
            try (Connection c = db.connect()) {
                reference = Discovery.discover(c);
            }
            AtomicInteger opened = new AtomicInteger();
            SchemaInfo s = Discovery.facade(DiscoveryOptions.defaults()).discover(oneConnection(db.url(), opened));

            assertThat(opened.get()).isEqualTo(2);
            RoundTripModels.assertSameSchema(s, reference);
            assertThat(s.warnings()).isEmpty();
            Map<String, String> sql = sql(s);
            assertThat(s.metrics().statementTexts()).containsSubsequence(sql.get("export-snapshot"),
                    sql.get("indexes"), sql.get("constraints"), sql.get("end")).endsWith(sql.get("end"))
                    .noneMatch(t -> t.startsWith("SET TRANSACTION SNAPSHOT"));
        }
    }

    @Test
    @DisplayName("tables dropped while reading ahead: the result never references a relation it lacks")
    void droppedWhileReadingAhead() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.exec("CREATE TABLE p (id int PRIMARY KEY, code text)",
                    "CREATE INDEX p_lower ON p (lower(code)) WHERE code <> ''",
                    "CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p (id))",
                    "CREATE TABLE q (id int PRIMARY KEY, amount int CHECK (amount > 0))");
            try (Connection ddl = db.connect(); Statement st = ddl.createStatement()) {
                st.execute("SET lock_timeout = '5s'");
                AtomicInteger dropped = new AtomicInteger();
                DiscoveryListener listener = new DiscoveryListener() {
                    @Override
                    public void phaseFinished(String phase, int items) {
                        if (phase.equals("tables")) {
                            try {
                                st.execute("DROP TABLE p, q CASCADE");
                                dropped.incrementAndGet();
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                };
                SchemaInfo s = Discovery.facade(DiscoveryOptions.defaults(), listener).discover(db.url());

                assertThat(dropped).hasValue(1);
                assertThat(s.tables()).extracting(t -> t.ref().name()).containsExactly("c", "p", "q");
                Set<TableRef> relations = new HashSet<>();
                s.tables().forEach(t -> relations.add(t.ref()));
                for (TableInfo t : s.tables()) {
                    for (ConstraintInfo k : t.constraints()) {
                        if (k instanceof ForeignKey fk) {
                            assertThat(relations).contains(fk.referencedTable());
                        }
                    }
                }
                assertThat(s.tables().get(0).constraints()).extracting(ConstraintInfo::name).contains("c_pkey");
            }
            assertThat(otherSessions(db)).isZero();
        }
    }

    @Test
    @DisplayName("no connection is left open after the run")
    void connectionsClosed() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.script("fixtures/features.sql");
            Discovery.discover(db);
            assertThat(otherSessions(db)).isZero();
        }
    }

    private static Map<String, String> sql(SchemaInfo s) {
        return CatalogSql.load().forVersion(PgFeatures.of(s.identity()));
    }

    /** Sessions on the test database other than the one asking (closed connections leave within moments). */
    private static int otherSessions(PgDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            int n = -1;
            for (int attempt = 0; attempt < 50 && n != 0; attempt++) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                        + db.name() + "' AND pid <> pg_backend_pid()")) {
                    rs.next();
                    n = rs.getInt(1);
                }
                if (n != 0) {
                    Thread.sleep(100);
                }
            }
            return n;
        }
    }

    /**
     * Hands out one connection, then refuses: core cannot open the read-ahead connection. Core asks a data source
     * for connections only, so every other method fails loudly.
     */
    private static DataSource oneConnection(String url, AtomicInteger opened) {
        return (DataSource) Proxy.newProxyInstance(ReadAheadTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("getConnection")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (opened.incrementAndGet() > 1) {
                        throw new SQLException("too many connections for this test", "53300");
                    }
                    return DriverManager.getConnection(url);
                });
    }
}
