package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.exception.DiscoveryTimeoutException;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;

/**
 * Scenario 2: the discovering backend is terminated ({@code pg_terminate_backend} from a second connection) right
 * after a phase. With a DataSource or URL core reconnects with bounded backoff and completes with the result of an
 * undisturbed run; with a caller's Connection it fails fast with a typed error; the deadline always holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("connection killed mid-discovery")
class ConnectionLossTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    /** Room for the deadline guard's 2 s cleanup grace and scheduling on a busy 2-core machine. */
    private static final Duration MARGIN = Duration.ofSeconds(3);

    private PgDatabase db;

    @BeforeAll
    void createDatabase() throws SQLException {
        db = PgDatabase.create();
        db.exec(Fixtures.postgresShop());
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
    }

    /**
     * One connection at a time: these tests pin down core's reconnects, which a dialect's read-ahead connection
     * (opened, killed or finished at a moment that varies) would blur; {@link #readAheadKilled} covers that one.
     */
    private static DiscoveryOptions options() {
        return DiscoveryOptions.builder().timeout(DEADLINE).initialBackoff(Duration.ofMillis(100)).maxReconnects(3)
                .maxConnections(1).build();
    }

    private SchemaInfo discover(Object target, DiscoveryListener listener, DiscoveryOptions options) {
        var sd = Plugins.both().options(options).listener(listener).build();
        if (target instanceof TestDataSource ds) {
            return sd.discover(ds);
        }
        if (target instanceof Connection c) {
            return sd.discover(c);
        }
        return sd.discover((String) target);
    }

    private String url(String applicationName) {
        return db.url() + "&ApplicationName=" + applicationName;
    }

    /**
     * The first phase after {@code phase} that sends SQL in an undisturbed run: the one that notices the kill. Empty
     * when no statement follows (the kill is then noticed only when the session is closed).
     */
    private static Optional<String> nextQueryingPhase(SchemaInfo undisturbed, String phase) {
        List<PhaseMetric> phases = undisturbed.metrics().phases();
        int at = phases.stream().map(PhaseMetric::phase).toList().indexOf(phase);
        assertThat(at).as("phase %s in %s", phase, phases).isNotNegative();
        return phases.subList(at + 1, phases.size()).stream().filter(p -> p.statements() > 0)
                .map(PhaseMetric::phase).findFirst();
    }

    @Test
    @DisplayName("DataSource: killed after the first phase, core reconnects once and the result equals an"
            + " undisturbed run (metrics aside)")
    void dataSourceReconnects() {
        String app = PgDatabase.uniqueName("sd_it_victim_");
        SchemaInfo undisturbed = discover(new TestDataSource(url(app)), DiscoveryListener.NONE, options());
        assertThat(undisturbed.warnings()).isEmpty();
        assertThat(undisturbed.metrics().retries()).isZero();

        TestDataSource ds = new TestDataSource(url(app));
        BackendKiller killer = new BackendKiller(db, app, "probe", () -> { });
        long t0 = System.nanoTime();
        SchemaInfo s = discover(ds, killer, options());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(killer.killFailure).isNull();
        assertThat(killer.killed()).isTrue();
        assertThat(killer.events).containsSubsequence("finish probe", "start schemas", "retry schemas #1",
                "finish schemas", "finish recommendations");
        assertThat(killer.retryCauses).hasSize(1).first().isInstanceOf(SQLException.class);
        assertThat(ds.opened()).isEqualTo(2);
        assertThat(s.metrics().retries()).isEqualTo(1);
        assertThat(s.warnings()).isEmpty();
        ModelChecks.assertSame(ModelChecks.withoutMetrics(s), ModelChecks.withoutMetrics(undisturbed),
                "result after a reconnect");
        assertThat(elapsed).isLessThan(DEADLINE);
    }

    @ParameterizedTest(name = "killed after phase {0}")
    @ValueSource(strings = {"probe", "tables", "indexes"})
    @DisplayName("two connections: both killed after a phase, the run still completes with the undisturbed result")
    void readAheadKilled(String phase) {
        String app = PgDatabase.uniqueName("sd_it_victim_");
        DiscoveryOptions two = DiscoveryOptions.builder().timeout(DEADLINE).initialBackoff(Duration.ofMillis(100))
                .maxReconnects(3).build();
        assertThat(two.maxConnections()).isEqualTo(2);
        SchemaInfo undisturbed = discover(url(app), DiscoveryListener.NONE, two);
        assertThat(undisturbed.metrics().statementTexts()).anyMatch(t -> t.startsWith("SET TRANSACTION SNAPSHOT"));
        BackendKiller killer = new BackendKiller(db, app, phase, () -> { });
        long t0 = System.nanoTime();
        SchemaInfo s = discover(url(app), killer, two);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(killer.killFailure).isNull();
        assertThat(killer.killed()).isTrue();
        assertThat(killer.events).contains("finish recommendations");
        assertThat(s.warnings()).isEmpty();
        ModelChecks.assertSame(ModelChecks.withoutMetrics(s), ModelChecks.withoutMetrics(undisturbed),
                "result after both connections were killed following phase " + phase);
        assertThat(elapsed).isLessThan(DEADLINE);
    }

    @ParameterizedTest(name = "killed after phase {0}")
    @ValueSource(strings = {"probe", "schemas", "tables", "views", "sequences", "types", "routines", "extensions",
        "indexes", "constraints", "relationships"})
    @DisplayName("URL: killed after any phase, the run reconnects (when a statement follows) and completes with the"
            + " undisturbed result")
    void urlReconnectsAfterAnyPhase(String phase) {
        String app = PgDatabase.uniqueName("sd_it_victim_");
        SchemaInfo undisturbed = discover(url(app), DiscoveryListener.NONE, options());
        Optional<String> noticing = nextQueryingPhase(undisturbed, phase);
        BackendKiller killer = new BackendKiller(db, app, phase, () -> { });
        long t0 = System.nanoTime();
        SchemaInfo s = discover(url(app), killer, options());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(killer.killFailure).isNull();
        assertThat(killer.killed()).isTrue();
        assertThat(killer.events).as("events").contains("finish recommendations")
                .filteredOn(e -> e.startsWith("retry"))
                .isEqualTo(noticing.map(p -> List.of("retry " + p + " #1")).orElse(List.of()));
        assertThat(s.metrics().retries()).as("retries").isEqualTo(noticing.isPresent() ? 1 : 0);
        assertThat(s.warnings()).isEmpty();
        ModelChecks.assertSame(ModelChecks.withoutMetrics(s), ModelChecks.withoutMetrics(undisturbed),
                "result after a reconnect following phase " + phase);
        assertThat(elapsed).isLessThan(DEADLINE);
    }

    @Test
    @DisplayName("bare Connection: killed after the first phase, discovery fails fast with"
            + " DiscoveryConnectionException and never reconnects")
    void bareConnectionFailsFast() throws SQLException {
        String app = PgDatabase.uniqueName("sd_it_victim_");
        BackendKiller killer = new BackendKiller(db, app, "probe", () -> { });
        try (Connection c = DriverManager.getConnection(url(app))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> discover(c, killer, options()))
                    .isInstanceOf(DiscoveryConnectionException.class)
                    .hasMessageContaining("schemas")
                    .hasMessageContaining("cannot be reopened");
            Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
            assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
        }
        assertThat(killer.killFailure).isNull();
        assertThat(killer.killed()).isTrue();
        assertThat(killer.events).noneMatch(e -> e.startsWith("retry"));
    }

    @Test
    @DisplayName("server gone for good: maxReconnects attempts with doubling backoff (100, 200, 400 ms), then"
            + " DiscoveryConnectionException")
    void reconnectGivesUp() {
        String app = PgDatabase.uniqueName("sd_it_victim_");
        String noticing = nextQueryingPhase(discover(url(app), DiscoveryListener.NONE, options()), "tables")
                .orElseThrow();
        TestDataSource ds = new TestDataSource(url(app));
        BackendKiller killer = new BackendKiller(db, app, "tables", () -> ds.mode(TestDataSource.Mode.REFUSE));
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> discover(ds, killer, options()))
                .isInstanceOf(DiscoveryConnectionException.class)
                .hasMessageContaining("3 reconnect attempt(s) failed")
                .hasMessageContaining("connection refused (test)");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(killer.killFailure).isNull();
        assertThat(killer.events).filteredOn(e -> e.startsWith("retry"))
                .containsExactly("retry " + noticing + " #1", "retry " + noticing + " #2",
                        "retry " + noticing + " #3");
        assertThat(ds.opened()).isEqualTo(1);
        assertThat(ds.attempts()).isEqualTo(4);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(700)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    @DisplayName("reconnect hangs: the deadline still holds, DiscoveryTimeoutException within deadline + margin")
    void hangingReconnectHitsDeadline() {
        Duration deadline = Duration.ofSeconds(3);
        String app = PgDatabase.uniqueName("sd_it_victim_");
        TestDataSource ds = new TestDataSource(url(app));
        BackendKiller killer = new BackendKiller(db, app, "probe", () -> ds.mode(TestDataSource.Mode.HANG));
        DiscoveryOptions options = DiscoveryOptions.builder().timeout(deadline).initialBackoff(Duration.ofMillis(100))
                .maxReconnects(3).maxConnections(1).build();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> discover(ds, killer, options))
                .isInstanceOf(DiscoveryTimeoutException.class)
                .hasMessageContaining("deadline");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(killer.killFailure).isNull();
        assertThat(ds.attempts()).isEqualTo(2);
        assertThat(elapsed).isGreaterThanOrEqualTo(deadline).isLessThan(deadline.plus(MARGIN));
    }

    @Test
    @DisplayName("a backoff longer than the time left is not slept: DiscoveryTimeoutException at once")
    void backoffBeyondDeadline() {
        Duration deadline = Duration.ofSeconds(4);
        String app = PgDatabase.uniqueName("sd_it_victim_");
        TestDataSource ds = new TestDataSource(url(app));
        BackendKiller killer = new BackendKiller(db, app, "probe", () -> { });
        DiscoveryOptions options = DiscoveryOptions.builder().timeout(deadline).initialBackoff(Duration.ofSeconds(30))
                .maxReconnects(3).maxConnections(1).build();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> discover(ds, killer, options))
                .isInstanceOf(DiscoveryTimeoutException.class)
                .hasMessageContaining("waiting to reconnect");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(killer.killFailure).isNull();
        assertThat(ds.attempts()).isEqualTo(1);
        assertThat(elapsed).isLessThan(deadline);
    }
}
