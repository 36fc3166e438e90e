package org.schemadiscovery.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.tck.testcontainers.MariaDbContainerProvisioner;
import org.schemadiscovery.tck.testcontainers.PostgresContainerProvisioner;

/**
 * The kit's provisioning order with this artifact on the class path. In the kit's package (class path only) because
 * {@link Provisioning} is package-private. Surefire blanks the SCHEMA_DISCOVERY_TCK_*_URL variables for this module.
 */
@DisplayName("provisioning order with the Testcontainers provisioner on the class path")
class ProvisioningFallThroughTest {

    /** A server whose local default never answers, counting the kit's attempts. */
    private static final class DeadServer implements TestDatabaseServer {
        final String dialect;
        final AtomicInteger attempts = new AtomicInteger();
        final boolean answers;

        DeadServer(String dialect, boolean answers) {
            this.dialect = dialect;
            this.answers = answers;
        }

        @Override
        public String dialect() {
            return dialect;
        }

        @Override
        public List<String> localDefaultUrls() {
            return List.of("jdbc:" + dialect + "://127.0.0.1:1/local");
        }

        @Override
        public boolean answers(String serverUrl) {
            attempts.incrementAndGet();
            return answers;
        }

        @Override
        public TestDatabase create(String serverUrl, String name) throws SQLException {
            throw new SQLException("not used");
        }

        @Override
        public String missingDatabaseUrl(String serverUrl) {
            return serverUrl;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"postgresql, jdbc:postgresql://", "mysql, jdbc:mariadb://"})
    @DisplayName("no environment URL and no local server: the provisioner answers when Docker does, else the kit falls through to 'no database'")
    void fallsThrough(String dialect, String containerUrlPrefix) {
        DeadServer server = new DeadServer(dialect, false);
        long start = System.nanoTime();
        Optional<Provisioning.Server> found = Provisioning.find(server);
        boolean docker = new PostgresContainerProvisioner().supports("postgresql");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(server.attempts).hasValue(1);
        if (docker) {
            // a machine with a Docker engine: the container's URL, from the provisioner
            assertThat(found).get().extracting(Provisioning.Server::serverUrl).asString().startsWith(containerUrlPrefix);
            assertThat(found.get().source()).isEqualTo("provisioner " + ("postgresql".equals(dialect)
                    ? PostgresContainerProvisioner.class : MariaDbContainerProvisioner.class).getName());
        } else {
            assertThat(found).isEmpty();
            // falls through instead of waiting for a Docker engine; the bound leaves room for a loaded CI machine
            // (6.8 s seen at load 25), far below Testcontainers' own minute-long waits
            assertThat(took).isLessThan(Duration.ofSeconds(20));
        }
    }

    @Test
    @DisplayName("tck.require is unchanged: true by default here, so 'no database' fails the kit and the message says how to provide one")
    void requireUnchanged() {
        assertThat(System.getProperty("tck.require")).isEqualTo("true");
        assertThat(Provisioning.required()).isTrue();
        assertThat(Provisioning.noDatabaseMessage(new DeadServer("postgresql", false))).isEqualTo(
                "no postgresql database for the compatibility kit: set SCHEMA_DISCOVERY_TCK_POSTGRESQL_URL, start a local "
                        + "server at [jdbc:postgresql://127.0.0.1:1/local], or put a TestDatabaseProvisioner on the class "
                        + "path (failing because tck.require is true; -Dtck.require=false skips instead)");
    }

    @Test
    @DisplayName("a local server that answers wins before any provisioner")
    void localServerFirst() {
        DeadServer local = new DeadServer("postgresql", true);
        assertThat(Provisioning.find(local)).contains(
                new Provisioning.Server("jdbc:postgresql://127.0.0.1:1/local", "local default server"));
    }
}
