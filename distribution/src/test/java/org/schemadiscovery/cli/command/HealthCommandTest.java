package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("health: exit 0 UP, 7 DEGRADED, 2 DOWN, 3 UNKNOWN; text and JSON")
class HealthCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("PostgreSQL: UP, exit 0, JSON with latencies, server version and snapshot")
    void up(@TempDir Path dir) throws IOException {
        try (ScratchDatabase db = ScratchDatabase.create(ScratchDatabase.Kind.POSTGRESQL, dir)) {
            CliRunner.Result r = CliRunner.run("health", db.url(), "--format", "json", "--timeout", "15s");
            assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.OK);
            JsonNode h = JSON.readTree(r.out());
            assertThat(h.get("status").asText()).isEqualTo("UP");
            assertThat(h.get("connectMillis").asDouble()).isPositive();
            assertThat(h.get("fingerprintMillis").isNumber()).isTrue();
            assertThat(h.get("serverVersion").asText()).startsWith("PostgreSQL");
            assertThat(h.get("snapshotOpened").asBoolean()).isTrue();
            assertThat(h.get("errorClass").isNull()).isTrue();
            assertThat(h.get("details").get("dialect").asText()).isEqualTo("postgresql");

            CliRunner.Result text = CliRunner.run("health", db.url());
            assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(text.out()).containsPattern("status +UP").containsPattern("snapshot +opened");
        }
    }

    @Test
    @DisplayName("a silent server: DOWN, exit 2, within --timeout + 1 s")
    void silentServer() throws IOException {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // done
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long t0 = System.nanoTime();
            CliRunner.Result r = CliRunner.run("health", "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort()
                    + "/x?user=postgres", "--timeout", "1s", "--format", "json");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
            assertThat(r.exitCode()).as(r.all()).isEqualTo(ExitCodes.CONNECTION);
            JsonNode h = JSON.readTree(r.out());
            assertThat(h.get("status").asText()).isEqualTo("DOWN");
            assertThat(h.get("errorClass").asText()).isEqualTo("CONNECTION");
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    @DisplayName("a malformed URL is a usage error (exit 1)")
    void badUrl() {
        assertThat(CliRunner.run("health", "not-a-url").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @DisplayName("every status has its exit code")
    void exitCodes() {
        for (var status : org.schemadiscovery.core.health.HealthStatus.values()) {
            var result = new org.schemadiscovery.core.health.HealthResult(status, null, null, null, false,
                    java.util.Map.of(), null, null);
            int expected = switch (status) {
                case UP -> 0;
                case DEGRADED -> 7;
                case DOWN -> 2;
                case UNKNOWN -> 3;
            };
            assertThat(HealthCommand.exitCode(result)).as(status.name()).isEqualTo(expected);
        }
    }
}
