package org.schemadiscovery.tck.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("provisioners: a dialect is supported only when it is theirs and Docker answers")
class ContainerProvisionerTest {

    private static BooleanSupplier counting(AtomicInteger asks, boolean answer) {
        return () -> {
            asks.incrementAndGet();
            return answer;
        };
    }

    @Test
    @DisplayName("without Docker neither provisioner supports its dialect, and asking for a URL fails without starting anything")
    void noDocker() {
        AtomicInteger asks = new AtomicInteger();
        var postgres = new PostgresContainerProvisioner(counting(asks, false));
        var mariadb = new MariaDbContainerProvisioner(counting(asks, false));
        assertThat(postgres.supports("postgresql")).isFalse();
        assertThat(mariadb.supports("mysql")).isFalse();
        assertThat(asks).hasValue(2);
        assertThatThrownBy(() -> postgres.serverUrl("postgresql")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PostgresContainerProvisioner provides postgresql when Docker answers, not postgresql");
        assertThatThrownBy(() -> mariadb.serverUrl("mysql")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MariaDbContainerProvisioner provides mysql when Docker answers, not mysql");
    }

    @Test
    @DisplayName("with Docker each supports exactly its own dialect")
    void docker() {
        AtomicInteger asks = new AtomicInteger();
        var postgres = new PostgresContainerProvisioner(counting(asks, true));
        var mariadb = new MariaDbContainerProvisioner(counting(asks, true));
        assertThat(postgres.supports("postgresql")).isTrue();
        assertThat(mariadb.supports("mysql")).isTrue();
        assertThat(postgres.supports("mysql")).isFalse();
        assertThat(mariadb.supports("postgresql")).isFalse();
        assertThat(postgres.supports("sqlite")).isFalse();
        assertThat(mariadb.supports("mariadb")).isFalse();
        assertThatThrownBy(() -> postgres.serverUrl("mysql")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PostgresContainerProvisioner provides postgresql when Docker answers, not mysql");
    }

    @Test
    @DisplayName("another dialect (e.g. sqlite) never makes the provisioner ask Docker")
    void otherDialectDoesNotProbe() {
        AtomicInteger asks = new AtomicInteger();
        var postgres = new PostgresContainerProvisioner(counting(asks, true));
        var mariadb = new MariaDbContainerProvisioner(counting(asks, true));
        assertThat(postgres.supports("sqlite")).isFalse();
        assertThat(mariadb.supports("sqlite")).isFalse();
        assertThat(asks).hasValue(0);
    }

    @Test
    @DisplayName("a failed container start is reported as an exception naming the cause, every time it is asked")
    void failedStart() {
        StartedServer failed = StartedServer.start(() -> {
            throw new IllegalStateException("no such image");
        });
        assertThat(failed.url()).isNull();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> failed.urlOrThrow("postgresql")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the postgresql container did not start: java.lang.IllegalStateException: no such image")
                    .hasCauseReference(failed.failure());
        }
        StartedServer started = StartedServer.start(() -> "jdbc:postgresql://localhost:1/postgres");
        assertThat(started.failure()).isNull();
        assertThat(started).extracting(StartedServer::url).isEqualTo("jdbc:postgresql://localhost:1/postgres");
    }
}
