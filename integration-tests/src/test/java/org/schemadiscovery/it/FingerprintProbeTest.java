package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.health.FingerprintProbe;
import org.schemadiscovery.core.metrics.MetricsView;

/** The poller's probe: a constant number of statements per take, and a reconnect after a lost connection. */
@DisplayName("fingerprint probe")
class FingerprintProbeTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static List<String> tables(int n) {
        List<String> ddl = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ddl.add("CREATE TABLE app.t" + i + " (id int PRIMARY KEY, name text)");
        }
        return ddl;
    }

    private static long statementsPerTake(int tables) throws SQLException {
        try (PgDatabase db = PgDatabase.create()) {
            db.exec("CREATE SCHEMA app").exec(tables(tables));
            SchemaDiscovery sd = Plugins.both().build();
            try (FingerprintProbe probe = sd.fingerprintProbe(db.url(), new Properties())) {
                probe.take(TIMEOUT);
                // the fewest of a few idle takes: a write anywhere on the server moves PostgreSQL's fingerprint
                // token, and that take also runs the fingerprint itself (one statement more)
                long fewest = Long.MAX_VALUE;
                for (int i = 0; i < 5; i++) {
                    FingerprintProbe.Reading idle = probe.take(TIMEOUT);
                    assertThat(idle.dialect()).isEqualTo("postgresql");
                    fewest = Math.min(fewest, idle.statements());
                }
                return fewest;
            }
        }
    }

    @Test
    @DisplayName("an idle take runs the same number of statements for 10 and 300 tables")
    void constantStatements() throws SQLException {
        long small = statementsPerTake(10);
        long large = statementsPerTake(300);
        assertThat(large).isEqualTo(small);
        assertThat(small).isPositive();
    }

    @Test
    @DisplayName("a terminated connection fails one take with a connection error; the next reconnects")
    void reconnects() throws SQLException {
        try (PgDatabase db = PgDatabase.create()) {
            MetricsView view = new MetricsView();
            SchemaDiscovery sd = Plugins.both().listener(view).build();
            try (FingerprintProbe probe = sd.fingerprintProbe(db.bareUrl(),
                    PgDatabase.as("postgres", "sd_it_probe"))) {
                probe.take(TIMEOUT);
                assertThat(db.scalar("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE application_name = 'sd_it_probe' AND datname = current_database()"))
                        .isEqualTo("1");
                assertThatThrownBy(() -> probe.take(TIMEOUT)).isInstanceOf(DiscoveryConnectionException.class);
                assertThat(probe.take(TIMEOUT).dialect()).isEqualTo("postgresql");
            }
            assertThat(view.series()).anyMatch(s -> s.name().equals(MetricsView.FINGERPRINT)
                    && s.cell().count() == 2);
        }
    }
}
