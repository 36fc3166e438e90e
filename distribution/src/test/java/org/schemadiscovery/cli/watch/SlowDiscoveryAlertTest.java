package org.schemadiscovery.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.cli.command.Cli;
import org.schemadiscovery.cli.command.CliEnvironment;

/**
 * {@code watch --alert-slower-than} end to end: the CLI watches PostgreSQL through a TCP proxy; the first changes
 * are discovered at full speed, then the proxy holds every answer back and the next change's discovery is slow for
 * real.
 */
@DisplayName("watch --alert-slower-than: a discovery slowed by real network latency is one slow-discovery event")
class SlowDiscoveryAlertTest {
    /**
     * Well above the median: a fast discovery takes 0.1 to 0.7 s on a busy machine (the median also holds the first,
     * cold one), and a GC or CPU stall on a loaded two-core runner must not make one of them five times slower.
     */
    private static final double FACTOR = 5;
    /**
     * Per answer from the server: a discovery waits for some thirty answers, so it takes about fifteen seconds, far
     * beyond five times any fast median.
     */
    private static final Duration LATENCY = Duration.ofMillis(500);
    private static final int FAST_CHANGES = 4;

    @Test
    @DisplayName("fast changes: no alert; latency on, one more change: exactly one alert with the durations")
    void alertsOnceWhenDiscoveryTurnsSlow() throws Exception {
        try (PgScratch db = new PgScratch(); LatencyProxy proxy = new LatencyProxy("127.0.0.1", 5432)) {
            db.exec("CREATE TABLE customer (id int PRIMARY KEY)");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CliEnvironment env = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), k -> null, null,
                    false);
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db.name() + "?user=postgres";
            AtomicInteger exit = new AtomicInteger(-1);
            Thread cli = new Thread(() -> exit.set(new Cli(env).run("watch", url, "--interval", "200ms",
                    "--alert-slower-than", String.valueOf(FACTOR))), "watch-cli");
            cli.start();
            try {
                await(out, err, "started", 1);
                for (int i = 1; i <= FAST_CHANGES; i++) {
                    db.exec("CREATE TABLE fast_" + i + " (id int)");
                    await(out, err, "change", i);
                }
                assertThat(events(out, "slow-discovery")).as("no alert at full speed; stderr:%n%s", err).isEmpty();

                proxy.latency(LATENCY);
                db.exec("CREATE TABLE slow (id int)");
                await(out, err, "change", FAST_CHANGES + 1, Duration.ofSeconds(90));
                proxy.latency(Duration.ZERO);
            } finally {
                cli.interrupt();
                cli.join(5000);
            }
            assertThat(cli.isAlive()).isFalse();
            assertThat(exit.get()).isZero();

            List<JsonNode> all = events(out, null);
            List<String> kinds = all.stream().map(e -> e.get("event").asText()).toList();
            List<String> expected = new ArrayList<>(List.of("started"));
            expected.addAll(Collections.nCopies(FAST_CHANGES, "change"));
            expected.addAll(List.of("slow-discovery", "change"));
            assertThat(kinds).as("events:%n%s", out).containsExactlyElementsOf(expected);
            JsonNode alert = all.get(FAST_CHANGES + 1);
            assertThat(alert.get("factor").asDouble()).isEqualTo(FACTOR);
            long millis = alert.get("millis").asLong();
            long median = alert.get("medianMillis").asLong();
            assertThat(median).isPositive();
            assertThat((double) millis).as("%s", alert).isGreaterThan(FACTOR * median);
            assertThat(millis).as("the latency made it slow: %s", alert).isGreaterThanOrEqualTo(
                    LATENCY.toMillis() * 5);
            assertThat(all.get(FAST_CHANGES + 2).get("changes").get(0).get("name").asText()).isEqualTo("slow");
            assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        }
    }

    private static void await(StringWriter out, StringWriter err, String kind, int count) throws Exception {
        await(out, err, kind, count, Duration.ofSeconds(20));
    }

    private static void await(StringWriter out, StringWriter err, String kind, int count, Duration limit)
            throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (events(out, kind).size() >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + count + " " + kind + " events; events:\n" + out
                + "\nstderr:\n" + err);
    }

    /** The JSON events written so far, of one kind (null: all). */
    private static List<JsonNode> events(StringWriter out, String kind) throws IOException {
        return kind == null ? WatchEvents.parse(out.toString()) : WatchEvents.parse(out.toString(), kind);
    }
}
