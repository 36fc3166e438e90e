package org.schemadiscovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.exception.DiscoveryFailedException;
import org.schemadiscovery.api.exception.DiscoveryTimeoutException;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.ObjectKind;
import org.schemadiscovery.core.testing.FakeDialect;
import org.schemadiscovery.core.testing.Sqlite;
import org.schemadiscovery.core.testing.TestDataSource;

@DisplayName("core acts on classified errors")
class ErrorHandlingTest {
    private static final TableRef T = TableRef.of("main", "fake_table");
    private static final List<TableInfo> TABLES = List.of(TableInfo.of(T, TableKind.TABLE,
            List.of(ColumnInfo.simple("id", 1, DataType.of("INTEGER", java.sql.Types.INTEGER), false))));

    @TempDir
    Path dir;
    private String url;
    private FakeDialect fake;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final DiscoveryListener listener = new DiscoveryListener() {
        @Override
        public void phaseStarted(String phase) {
            events.add("start " + phase);
        }

        @Override
        public void phaseFinished(String phase, int items) {
            events.add("end " + phase + " " + items);
        }

        @Override
        public void warning(DiscoveryWarning warning) {
            events.add("warning " + warning.phase() + " " + warning.errorClass());
        }

        @Override
        public void retrying(String phase, int attempt, Exception cause) {
            events.add("retry " + phase + " " + attempt);
        }
    };

    @BeforeEach
    void setUp() {
        url = Sqlite.create(dir, "CREATE TABLE real_table(id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        fake = new FakeDialect("fake").score(i -> 1).tables(TABLES);
    }

    private SchemaDiscovery discovery(DiscoveryOptions options) {
        return fake.registerIn(SchemaDiscovery.builder().loadServices(false)).options(options).listener(listener)
                .build();
    }

    private static DiscoveryOptions fastRetries() {
        return DiscoveryOptions.builder().initialBackoff(Duration.ofMillis(1)).build();
    }

    private static SQLException sql(String state) {
        return new SQLException("failure " + state, state);
    }

    @Test
    @DisplayName("a clean run goes through every phase in order, notifies the listener and counts statements")
    void cleanRun() throws SQLException {
        SchemaInfo s;
        try (Connection c = DriverManager.getConnection(url)) {
            s = discovery(DiscoveryOptions.defaults()).discover(c);
            assertThat(c.isClosed()).isFalse();
        }
        assertThat(s.identity().dialect()).isEqualTo("fake");
        assertThat(s.identity().product()).isEqualTo("SQLite");
        assertThat(s.tables()).isEqualTo(TABLES);
        assertThat(s.capabilities().features()).containsExactly("fake-probed", "fake-static");
        assertThat(s.capabilities().settings()).containsExactly(Map.entry("mode", "test"));
        assertThat(fake.calls()).containsExactly("open", "probe", "schemas", "tables", "views", "sequences",
                "indexes", "constraints", "dialect-recommendations", "close");
        assertThat(s.metrics().phases()).extracting(PhaseMetric::phase).containsExactly("probe", "schemas",
                "schema-details", "tables", "views", "sequences", "types", "routines", "extensions", "indexes",
                "constraints", "relationships", "recommendations");
        assertThat(s.metrics().statementTexts()).containsExactly("SELECT 'probe'", "SELECT 'schemas'",
                "SELECT 'tables'", "SELECT 'views'", "SELECT 'sequences'", "SELECT 'indexes'", "SELECT 'constraints'",
                "SELECT 'dialect-recommendations'");
        assertThat(s.metrics().statementsExecuted()).isEqualTo(8);
        assertThat(s.metrics().rowsRead()).isZero();
        assertThat(s.metrics().retries()).isZero();
        assertThat(s.metrics().phases().get(3)).satisfies(p -> {
            assertThat(p.statements()).isEqualTo(1);
            assertThat(p.items()).isEqualTo(1);
        });
        assertThat(s.warnings()).isEmpty();
        assertThat(events).startsWith("start probe", "end probe 1", "start schemas", "end schemas 1",
                "start schema-details", "end schema-details 0", "start tables", "end tables 1")
                .endsWith("start recommendations", "end recommendations 1");
        assertThat(s.recommendations()).extracting(r -> r.ruleId()).containsExactly("table-without-primary-key");
    }

    @Test
    @DisplayName("CONNECTION with a DataSource: reconnects with backoff, reopens the session and reruns the phase")
    void reconnectWithDataSource() {
        fake.on("tables", sql("08006"));
        TestDataSource ds = new TestDataSource(url);
        ds.failNext(0);
        SchemaInfo s = discovery(fastRetries()).discover(ds);
        assertThat(s.tables()).isEqualTo(TABLES);
        assertThat(s.metrics().retries()).isEqualTo(1);
        assertThat(ds.opened()).isEqualTo(2);
        assertThat(fake.calls()).startsWith("open", "probe", "schemas", "tables", "close", "open", "tables", "views");
        assertThat(events).contains("retry tables 1");
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    @DisplayName("CONNECTION: a failed reconnect attempt is retried within maxReconnects")
    void reconnectAfterFailedAttempt() {
        fake.on("tables", sql("08006"));
        TestDataSource ds = new TestDataSource(url) {
            private int calls;

            @Override
            public Connection getConnection() throws SQLException {
                if (++calls == 2) {
                    throw new SQLException("server starting up", "57P03");
                }
                return super.getConnection();
            }
        };
        SchemaInfo s = discovery(fastRetries()).discover(ds);
        assertThat(s.tables()).isEqualTo(TABLES);
        assertThat(s.metrics().retries()).isEqualTo(2);
        assertThat(events).contains("retry tables 1", "retry tables 2");
    }

    @Test
    @DisplayName("CONNECTION: gives up after maxReconnects with a DiscoveryConnectionException")
    void reconnectExhausted() {
        fake.on("tables", sql("08006"), sql("08006"), sql("08006"));
        TestDataSource ds = new TestDataSource(url);
        DiscoveryOptions options = DiscoveryOptions.builder().maxReconnects(2).initialBackoff(Duration.ofMillis(1))
                .build();
        assertThatThrownBy(() -> discovery(options).discover(ds)).isInstanceOf(DiscoveryConnectionException.class)
                .hasMessage("connection lost during phase 'tables' and 2 reconnect attempt(s) failed: failure 08006");
        assertThat(fake.calls()).endsWith("close");
    }

    private static SQLException outOfSharedMemory() {
        return new SQLException("ERROR: out of shared memory\n  Hint: You might need to increase "
                + "max_locks_per_transaction.", "53200");
    }

    @Test
    @DisplayName("53200 out of shared memory: retried with growing backoff in a reopened session, then it works")
    void outOfSharedMemoryRetried() throws SQLException {
        fake.on("tables", outOfSharedMemory(), outOfSharedMemory());
        DiscoveryOptions options = DiscoveryOptions.builder().initialBackoff(Duration.ofMillis(100)).build();
        SchemaInfo s;
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url)) {
            s = discovery(options).discover(c);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(s.tables()).isEqualTo(TABLES);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.metrics().retries()).isEqualTo(2);
        assertThat(events).containsSubsequence("start tables", "retry tables 1", "retry tables 2", "end tables 1");
        assertThat(millis).as("backoff 100 ms, then 200 ms").isGreaterThanOrEqualTo(300L);
        assertThat(fake.calls()).startsWith("open", "probe", "schemas", "tables", "close", "open", "tables", "close",
                "open", "tables", "views");
    }

    @Test
    @DisplayName("53200 that persists: fails after maxReconnects retries, saying to raise max_locks_per_transaction")
    void outOfSharedMemoryPersists() {
        fake.on("tables", outOfSharedMemory(), outOfSharedMemory(), outOfSharedMemory());
        DiscoveryOptions options = DiscoveryOptions.builder().maxReconnects(2).initialBackoff(Duration.ofMillis(1))
                .build();
        assertThatThrownBy(() -> discovery(options).discover(url)).isInstanceOf(DiscoveryFailedException.class)
                .hasMessage("dialect 'fake' failed in phase 'tables' after 2 retries: ERROR: out of shared memory; the"
                        + " server ran out of shared memory for locks (SQLSTATE 53200): raise "
                        + "max_locks_per_transaction on the server, or run when other sessions hold fewer locks");
        assertThat(events).contains("retry tables 1", "retry tables 2").doesNotContain("retry tables 3");
        assertThat(fake.calls()).endsWith("close");
    }

    @Test
    @DisplayName("CONNECTION with a bare Connection: fails fast, leaves the connection open, closes the session")
    void bareConnectionFailsFast() throws SQLException {
        fake.on("views", sql("08003"));
        try (Connection c = DriverManager.getConnection(url)) {
            assertThatThrownBy(() -> discovery(fastRetries()).discover(c))
                    .isInstanceOf(DiscoveryConnectionException.class)
                    .hasMessage("connection lost during phase 'views' and a caller's Connection cannot be reopened:"
                            + " failure 08003");
            assertThat(c.isClosed()).isFalse();
        }
        assertThat(fake.calls()).containsExactly("open", "probe", "schemas", "tables", "views", "close");
    }

    @Test
    @DisplayName("PERMISSION: a warning, the phase is empty and discovery continues")
    void permissionWarns() {
        fake.on("tables", sql("42501"));
        SchemaInfo s = discovery(fastRetries()).discover(url);
        assertThat(s.tables()).isEmpty();
        assertThat(s.warnings()).containsExactly(new DiscoveryWarning("tables", "tables", ErrorClass.PERMISSION,
                "permission denied while reading tables; they are missing from the result: failure 42501"));
        assertThat(fake.calls()).contains("views", "indexes", "constraints").endsWith("close");
        assertThat(events).contains("warning tables PERMISSION");
    }

    @Test
    @DisplayName("SYNTAX: the phase is rerun with the generic strategy on the same connection, with a warning")
    void syntaxFallsBackToGeneric() {
        fake.on("tables", new java.sql.SQLSyntaxErrorException("near \"pragma\": syntax error", "42601"));
        SchemaInfo s = discovery(fastRetries()).discover(url);
        assertThat(s.tables()).extracting(t -> t.ref().displayName()).containsExactly("main.real_table");
        assertThat(s.tables().get(0).columns()).extracting(ColumnInfo::name).containsExactly("id", "name");
        assertThat(s.warnings()).containsExactly(new DiscoveryWarning("tables", "tables", ErrorClass.SYNTAX,
                "dialect 'fake' could not read tables (near \"pragma\": syntax error); used generic JDBC metadata"
                        + " instead"));
        assertThat(s.metrics().statementTexts()).containsSubsequence("SELECT 'tables'", "metadata:getTableTypes",
                "metadata:getTables", "metadata:getColumns", "SELECT 'views'");
        assertThat(fake.calls()).containsSubsequence("tables", "close", "open", "views");
        assertThat(s.identity().dialect()).isEqualTo("fake");
    }

    @Test
    @DisplayName("SYNTAX in indexes falls back to the generic IndexDiscovery")
    void syntaxInIndexes() {
        fake.tables(List.of()).on("indexes", sql("42P01")).on("constraints", sql("42883"));
        SchemaInfo s = discovery(fastRetries()).discover(url);
        assertThat(s.warnings()).extracting(DiscoveryWarning::phase).containsExactly("indexes", "constraints");
        assertThat(s.metrics().statementTexts()).contains("metadata:getIndexInfo", "metadata:getPrimaryKeys");
    }

    @Test
    @DisplayName("TIMEOUT: retried once with a doubled statement timeout")
    void timeoutRetriedOnce() {
        fake.on("tables", sql("57014"));
        DiscoveryOptions options = DiscoveryOptions.builder().statementTimeout(Duration.ofSeconds(7)).build();
        SchemaInfo s = discovery(options).discover(url);
        assertThat(s.tables()).isEqualTo(TABLES);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.metrics().retries()).isEqualTo(1);
        assertThat(fake.openedWithTimeout()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(14));
        assertThat(events).contains("retry tables 1");
    }

    @Test
    @DisplayName("LOCKED twice: one retry, then a warning")
    void lockedTwiceWarns() {
        fake.on("constraints", sql("55P03"), sql("55P03"));
        DiscoveryOptions options = DiscoveryOptions.builder().statementTimeout(Duration.ofSeconds(5)).build();
        SchemaInfo s = discovery(options).discover(url);
        assertThat(s.tables()).isEqualTo(TABLES);
        assertThat(s.warnings()).containsExactly(new DiscoveryWarning("constraints", "constraints", ErrorClass.LOCKED,
                "constraints failed twice (LOCKED, statement timeout 10 s); they are missing from the result:"
                        + " failure 55P03"));
        assertThat(s.metrics().retries()).isEqualTo(1);
        assertThat(s.relationships()).isEmpty();
    }

    @Test
    @DisplayName("OTHER: DiscoveryFailedException, and the session is still closed")
    void otherFails() {
        fake.on("views", new SQLException("disk I/O error", "58030"));
        assertThatThrownBy(() -> discovery(fastRetries()).discover(url)).isInstanceOf(DiscoveryFailedException.class)
                .hasMessage("dialect 'fake' failed in phase 'views': disk I/O error")
                .extracting(e -> ((DiscoveryFailedException) e).errorClass()).isEqualTo(ErrorClass.OTHER);
        assertThat(fake.calls()).endsWith("views", "close");
    }

    @Test
    @DisplayName("a RuntimeException from a plugin becomes DiscoveryFailedException")
    void runtimeFromPlugin() {
        fake.on("schemas", new IllegalStateException("bug"));
        assertThatThrownBy(() -> discovery(fastRetries()).discover(url)).isInstanceOf(DiscoveryFailedException.class)
                .hasMessage("dialect 'fake' failed in phase 'schemas': java.lang.IllegalStateException: bug");
        assertThat(fake.calls()).endsWith("close");
    }

    @Test
    @DisplayName("the deadline holds even when a phase blocks, and the session is closed")
    void deadlineHolds() throws InterruptedException {
        fake.on("tables", Duration.ofSeconds(30));
        DiscoveryOptions options = DiscoveryOptions.builder().timeout(Duration.ofMillis(600)).build();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> discovery(options).discover(url)).isInstanceOf(DiscoveryTimeoutException.class)
                .hasMessage("discovery exceeded its deadline of PT0.6S");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(millis).isBetween(550L, 3000L);
        for (int i = 0; i < 100 && !fake.calls().contains("close"); i++) {
            Thread.sleep(20);
        }
        assertThat(fake.calls()).endsWith("tables", "close");
    }

    @Test
    @DisplayName("a deadline passed between phases stops the run with DiscoveryTimeoutException")
    void deadlineBetweenPhases() {
        fake.on("schemas", Duration.ofMillis(400));
        DiscoveryOptions options = DiscoveryOptions.builder().timeout(Duration.ofMillis(300)).build();
        assertThatThrownBy(() -> discovery(options).discover(url)).isInstanceOf(DiscoveryTimeoutException.class);
    }

    @Test
    @DisplayName("kinds not in scope are skipped: only tables asked, no views/indexes/constraints/recommendations")
    void scopeKinds() {
        DiscoveryOptions options = DiscoveryOptions.builder().kinds(EnumSet.of(ObjectKind.TABLES)).build();
        SchemaInfo s = discovery(options).discover(url);
        assertThat(fake.calls()).containsExactly("open", "probe", "schemas", "tables", "close");
        assertThat(s.metrics().phases()).extracting(PhaseMetric::phase).containsExactly("probe", "schemas",
                "schema-details", "tables");
        assertThat(s.recommendations()).isEmpty();
    }

    @Test
    @DisplayName("a listener that throws does not fail the run")
    void throwingListener() {
        SchemaDiscovery sd = fake.registerIn(SchemaDiscovery.builder().loadServices(false))
                .listener(new DiscoveryListener() {
                    @Override
                    public void phaseStarted(String phase) {
                        throw new IllegalStateException("listener bug");
                    }
                }).build();
        assertThat(sd.discover(url).tables()).isEqualTo(TABLES);
    }
}
