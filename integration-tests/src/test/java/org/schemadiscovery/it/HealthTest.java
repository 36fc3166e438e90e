package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.health.HealthOptions;
import org.schemadiscovery.core.health.HealthResult;
import org.schemadiscovery.core.health.HealthStatus;
import org.schemadiscovery.core.metrics.MetricSeries;
import org.schemadiscovery.core.metrics.MetricsView;
import org.schemadiscovery.dialect.mysql.MysqlConstraintDiscovery;
import org.schemadiscovery.dialect.mysql.MysqlDiscoveryStrategy;
import org.schemadiscovery.dialect.mysql.MysqlIndexDiscovery;

/** {@code SchemaDiscovery.health}: UP on every dialect, DOWN in time, DEGRADED for an unreadable scope or slow runs. */
@DisplayName("health checks")
class HealthTest {
    /** For checks that must succeed: generous, since the build machine is shared and may be busy. */
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** For checks that must give up: the DOWN tests measure that they return within it + 1 s. */
    private static final Duration SHORT = Duration.ofSeconds(2);
    private final SchemaDiscovery sd = Plugins.both().build();

    @Nested
    @DisplayName("UP on each dialect")
    class Up {
        @Test
        @DisplayName("PostgreSQL: UP with latencies, server version, snapshot and the dialect")
        void postgres() throws SQLException {
            try (PgDatabase db = PgDatabase.create()) {
                db.exec(Fixtures.postgresShop());
                HealthResult r = sd.health(db.url(), TIMEOUT);
                assertUp(r, "postgresql");
                assertThat(r.serverVersion()).startsWith("PostgreSQL 15");
            }
        }

        @Test
        @DisplayName("MariaDB: UP")
        void mariadb() throws SQLException {
            try (MariaDatabase db = MariaDatabase.create(List.of("CREATE TABLE t (id int PRIMARY KEY)"))) {
                SchemaDiscovery maria = SchemaDiscovery.builder().loadServices(false)
                        .register(new MysqlDiscoveryStrategy()).register(new MysqlIndexDiscovery())
                        .register(new MysqlConstraintDiscovery()).build();
                HealthResult r = maria.health(db.url(), TIMEOUT);
                assertUp(r, "mysql");
                assertThat(r.serverVersion()).containsIgnoringCase("maria");
            }
        }

        @Test
        @DisplayName("SQLite: UP")
        void sqlite(@TempDir Path dir) throws SQLException {
            Path file = SqliteFiles.create(dir.resolve("shop.sqlite"), Fixtures.sqliteShop());
            HealthResult r = sd.health(SqliteFiles.url(file), SqliteFiles.readOnly(), HealthOptions.timeout(TIMEOUT));
            assertUp(r, "sqlite");
        }

        private void assertUp(HealthResult r, String dialect) {
            assertThat(r.status()).as(r.message()).isEqualTo(HealthStatus.UP);
            assertThat(r.errorClass()).isNull();
            assertThat(r.message()).isNull();
            assertThat(r.snapshotOpened()).isTrue();
            assertThat(r.connectTime()).isPresent();
            assertThat(r.fingerprintTime()).isPresent();
            assertThat(r.details()).containsEntry("dialect", dialect).containsKey("fingerprint.supported");
            assertThat((Integer) r.details().get("schemas")).isPositive();
        }
    }

    @Nested
    @DisplayName("DOWN within timeout + 1 s, never an exception")
    class Down {
        @Test
        @DisplayName("a refused port: DOWN, CONNECTION, not connected")
        void refusedPort() throws IOException {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            long t0 = System.nanoTime();
            HealthResult r = sd.health("jdbc:postgresql://127.0.0.1:" + port + "/x?user=postgres", SHORT);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(SHORT.plusSeconds(1));
            assertThat(r.status()).isEqualTo(HealthStatus.DOWN);
            assertThat(r.errorClass()).isEqualTo(ErrorClass.CONNECTION);
            assertThat(r.snapshotOpened()).isFalse();
            assertThat(r.connectTime()).isEmpty();
            assertThat(r.message()).contains("cannot connect");
        }

        @Test
        @DisplayName("a server that accepts TCP and never answers: DOWN within timeout + 1 s")
        void silentServer() throws IOException {
            List<Socket> accepted = new CopyOnWriteArrayList<>();
            try (ServerSocket silent = new ServerSocket(0)) {
                Thread acceptor = new Thread(() -> {
                    try {
                        while (true) {
                            accepted.add(silent.accept());
                        }
                    } catch (IOException closed) {
                        // the test is over
                    }
                });
                acceptor.setDaemon(true);
                acceptor.start();
                long t0 = System.nanoTime();
                HealthResult r = sd.health("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort()
                        + "/x?user=postgres", SHORT);
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                assertThat(took).isLessThan(SHORT.plusSeconds(1)).isGreaterThanOrEqualTo(SHORT);
                assertThat(r.status()).isEqualTo(HealthStatus.DOWN);
                assertThat(r.errorClass()).isEqualTo(ErrorClass.CONNECTION);
                assertThat(r.message()).contains("no connection within 2 s");
                assertThat(accepted).as("the driver did reach the socket").isNotEmpty();
            } finally {
                for (Socket s : accepted) {
                    s.close();
                }
            }
        }

        @Test
        @DisplayName("no driver for the URL: DOWN with the message, no exception")
        void noDriver() {
            HealthResult r = sd.health("jdbc:nosuchdb://x", SHORT);
            assertThat(r.status()).isEqualTo(HealthStatus.DOWN);
            assertThat(r.message()).contains("No JDBC driver");
        }
    }

    @Nested
    @DisplayName("DEGRADED")
    class Degraded {
        @Test
        @DisplayName("the role lacks USAGE on a schema in scope: DEGRADED naming it")
        void revokedUsage() throws SQLException {
            try (PgDatabase db = PgDatabase.create()) {
                db.exec(Fixtures.postgresShop());
                db.exec("CREATE SCHEMA secret", "CREATE TABLE secret.salary (id int)");
                String analyst = db.createRole("health");
                db.exec("GRANT USAGE ON SCHEMA app TO " + analyst, "REVOKE ALL ON SCHEMA secret FROM PUBLIC");
                Properties as = PgDatabase.as(analyst, "sd_it_health");
                HealthResult r = sd.health(db.bareUrl(), as, HealthOptions.timeout(TIMEOUT));
                assertThat(r.status()).as(r.message()).isEqualTo(HealthStatus.DEGRADED);
                assertThat(r.message()).contains("secret");
                assertThat(r.details()).containsKey("warning.1");
                assertThat(r.errorClass()).isNull();
                assertThat(r.snapshotOpened()).isTrue();
                // the same database, as the superuser: UP
                assertThat(sd.health(db.url(), TIMEOUT).status()).isEqualTo(HealthStatus.UP);
            }
        }

        @Test
        @DisplayName("the last discovery (from the metrics view) exceeded the slow threshold: DEGRADED; under it: UP")
        void slowLastDiscovery() throws SQLException {
            MetricsView view = new MetricsView();
            SchemaDiscovery watched = Plugins.both().listener(view).build();
            try (PgDatabase db = PgDatabase.create()) {
                db.exec(Fixtures.postgresShop());
                watched.discover(db.url());
                Duration last = view.lastDiscovery().orElseThrow();
                Duration below = last.dividedBy(2).plusNanos(1);
                HealthResult slow = watched.health(db.url(), new Properties(),
                        new HealthOptions(TIMEOUT, below, view::lastDiscovery));
                assertThat(slow.status()).isEqualTo(HealthStatus.DEGRADED);
                assertThat(slow.message()).contains("over the slow threshold");
                HealthResult fine = watched.health(db.url(), new Properties(),
                        new HealthOptions(TIMEOUT, last.plusSeconds(10), view::lastDiscovery));
                assertThat(fine.status()).isEqualTo(HealthStatus.UP);
                assertThat(view.find(MetricsView.FINGERPRINT, java.util.Map.of("dialect", "postgresql")))
                        .map(MetricSeries::cell).map(c -> c.count()).contains(2L);
            }
        }

        @Test
        @DisplayName("no discovery yet: a slow threshold alone does not degrade")
        void noRunYet() throws SQLException {
            try (PgDatabase db = PgDatabase.create()) {
                HealthResult r = sd.health(db.url(), new Properties(),
                        new HealthOptions(TIMEOUT, Duration.ofNanos(1), Optional::empty));
                assertThat(r.status()).isEqualTo(HealthStatus.UP);
            }
        }
    }
}
