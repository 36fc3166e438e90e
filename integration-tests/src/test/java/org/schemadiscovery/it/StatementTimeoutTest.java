package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;

/**
 * Scenario 3, the timeout half of "timeout/locked: retry once with a larger timeout, then warn": the columns catalog
 * query runs into the server-side statement timeout (SQLSTATE 57014); core retries the phase once with twice the
 * timeout, and warns only when the retry times out as well.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("statement timeout")
class StatementTimeoutTest {
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(1);

    private PgDatabase db;
    private SchemaInfo undisturbed;

    @BeforeAll
    void createDatabase() throws SQLException {
        db = PgDatabase.create();
        db.exec(Fixtures.postgresShop());
        undisturbed = discover(new TestDataSource(db.url()), DiscoveryListener.NONE);
        assertThat(undisturbed.warnings()).isEmpty();
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        db.close();
    }

    private static SchemaInfo discover(TestDataSource ds, DiscoveryListener listener) {
        return Plugins.both().options(DiscoveryOptions.builder().statementTimeout(STATEMENT_TIMEOUT)
                .timeout(Duration.ofSeconds(30)).build()).listener(listener).build().discover(ds);
    }

    /** The catalog query of columns (the only one reading column defaults). */
    private static boolean columnsQuery(String sql) {
        return sql.contains("pg_catalog.pg_attrdef");
    }

    @Test
    @DisplayName("times out once (1 s): retried with 2 s, completes without warnings, equal to an undisturbed run")
    void timesOutOnce() {
        FaultyConnections faults = new FaultyConnections(StatementTimeoutTest::columnsQuery,
                FaultyConnections.Fault.SLOW_ON_SERVER, 1);
        Retries retries = new Retries();
        long t0 = System.nanoTime();
        SchemaInfo s = discover(new TestDataSource(db.url(), faults::wrap), retries);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(faults.faulted).hasSize(1);
        assertThat(retries.seen).containsExactly("tables #1 57014");
        assertThat(s.metrics().retries()).isEqualTo(1);
        assertThat(s.warnings()).isEmpty();
        ModelChecks.assertSame(ModelChecks.withoutMetrics(s), ModelChecks.withoutMetrics(undisturbed),
                "result after the retry");
        assertThat(millis).as("waited out the 1 s timeout").isGreaterThanOrEqualTo(1_000L);
    }

    @Test
    @DisplayName("times out twice (1 s, then 2 s): one TIMEOUT warning for tables, every other phase complete")
    void timesOutTwice() {
        FaultyConnections faults = new FaultyConnections(StatementTimeoutTest::columnsQuery,
                FaultyConnections.Fault.SLOW_ON_SERVER, 2);
        Retries retries = new Retries();
        long t0 = System.nanoTime();
        SchemaInfo s = discover(new TestDataSource(db.url(), faults::wrap), retries);
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(faults.faulted).hasSize(2);
        assertThat(retries.seen).containsExactly("tables #1 57014");
        assertThat(s.metrics().retries()).isEqualTo(1);
        assertThat(s.warnings()).extracting(DiscoveryWarning::object, DiscoveryWarning::phase,
                DiscoveryWarning::errorClass).containsExactly(tuple("tables", "tables", ErrorClass.TIMEOUT));
        assertThat(s.warnings().get(0).message()).contains("statement timeout 2 s");
        assertThat(s.tables()).isEmpty();
        ModelChecks.assertSame(s.views(), undisturbed.views(), "views");
        ModelChecks.assertSame(s.sequences(), undisturbed.sequences(), "sequences");
        ModelChecks.assertSame(s.types(), undisturbed.types(), "types");
        ModelChecks.assertSame(s.routines(), undisturbed.routines(), "routines");
        assertThat(millis).as("waited out 1 s and then 2 s").isGreaterThanOrEqualTo(3_000L);
    }

    /** Records the retries the run announces, with the SQLSTATE of their cause. */
    static final class Retries implements DiscoveryListener {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void retrying(String phase, int attempt, Exception cause) {
            String state = cause instanceof SQLException e ? e.getSQLState() : cause.getClass().getSimpleName();
            seen.add(phase + " #" + attempt + " " + state);
        }
    }
}
