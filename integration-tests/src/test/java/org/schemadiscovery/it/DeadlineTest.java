package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schemadiscovery.api.exception.DiscoveryTimeoutException;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;

/**
 * Scenario 2, "never a hang": a catalog statement that blocks in the driver does not keep the caller waiting past
 * the deadline option (plus the guard's 2 s cleanup grace), whether or not the driver honours cancel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("deadline holds")
class DeadlineTest {
    private static final Duration DEADLINE = Duration.ofSeconds(3);
    /** The guard's 2 s grace plus scheduling slack on a busy machine. */
    private static final Duration MARGIN = Duration.ofSeconds(4);

    private PgDatabase db;
    private final SchemaDiscovery sd = Plugins.both()
            .options(DiscoveryOptions.builder().timeout(DEADLINE).statementTimeout(Duration.ofSeconds(30)).build())
            .build();

    @BeforeAll
    void createDatabase() throws SQLException {
        db = PgDatabase.create();
        db.exec(Fixtures.postgresShop());
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
    }

    private static boolean columnsQuery(String sql) {
        return sql.contains("pg_catalog.pg_attrdef");
    }

    @Test
    @DisplayName("a statement blocked until cancelled: cancelled at the deadline, DiscoveryTimeoutException")
    void blockedUntilCancelled() {
        FaultyConnections faults = new FaultyConnections(DeadlineTest::columnsQuery,
                FaultyConnections.Fault.HANG_UNTIL_CANCEL, 100);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> sd.discover(new TestDataSource(db.url(), faults::wrap)))
                .isInstanceOf(DiscoveryTimeoutException.class).hasMessageContaining("deadline");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(faults.faulted).hasSize(1);
        assertThat(faults.cancels.get()).as("cancel() calls on the blocked statement").isPositive();
        assertThat(elapsed).isGreaterThanOrEqualTo(DEADLINE).isLessThan(DEADLINE.plus(MARGIN));
    }

    @Test
    @DisplayName("a statement that ignores cancel and interrupts: the caller still gets DiscoveryTimeoutException"
            + " within deadline + grace")
    void stuckForGood() {
        FaultyConnections faults = new FaultyConnections(DeadlineTest::columnsQuery,
                FaultyConnections.Fault.HANG_IGNORING_EVERYTHING, 100);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> sd.discover(new TestDataSource(db.url(), faults::wrap)))
                .isInstanceOf(DiscoveryTimeoutException.class).hasMessageContaining("deadline");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(faults.faulted).hasSize(1);
        assertThat(elapsed).isGreaterThanOrEqualTo(DEADLINE).isLessThan(DEADLINE.plus(MARGIN));
    }

    @Test
    @DisplayName("a caller's connection blocked until cancelled: DiscoveryTimeoutException, and the connection is"
            + " cancelled, not closed — still usable, back in auto-commit")
    void callerConnectionSurvives() throws SQLException {
        FaultyConnections faults = new FaultyConnections(DeadlineTest::columnsQuery,
                FaultyConnections.Fault.HANG_UNTIL_CANCEL, 1);
        try (Connection c = faults.wrap(DriverManager.getConnection(db.url()))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> sd.discover(c)).isInstanceOf(DiscoveryTimeoutException.class);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
            assertThat(elapsed).isLessThan(DEADLINE.plus(MARGIN));
            assertThat(faults.cancels.get()).as("cancel() calls on the blocked statement").isPositive();
            assertThat(c.isClosed()).isFalse();
            assertThat(c.getAutoCommit()).isTrue();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
