package org.schemadiscovery.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.cli.command.Cli;
import org.schemadiscovery.cli.command.CliEnvironment;
import org.schemadiscovery.cli.command.StopRequests;
import org.schemadiscovery.cli.security.Redactor;

/**
 * {@code watch} in-process with the stop requests the launcher's signal handlers would make: a stop while a poll
 * waits on an answer the server holds back ends it within a second, exit 0 (that only the launcher installs signal
 * handlers is {@code ArchitectureRulesTest}'s).
 */
@DisplayName("watch: a stop request mid-read ends it within a second with exit 0")
class WatchStopRequestTest {

    @Test
    @DisplayName("a stop request while a poll waits on a 10 s answer: stop returns true within 1 s, exit 0")
    void stopMidRead() throws Exception {
        try (PgScratch db = new PgScratch(); LatencyProxy proxy = new LatencyProxy("127.0.0.1", 5432)) {
            db.exec("CREATE TABLE customer (id int PRIMARY KEY)");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CompletableFuture<BooleanSupplier> stop = new CompletableFuture<>();
            StopRequests requests = action -> {
                stop.complete(action);
                return () -> { };
            };
            CliEnvironment env = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), k -> null, null,
                    false, new Redactor(), null, requests);
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db.name() + "?user=postgres";
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new Cli(env).run("watch", url,
                    "--interval", "200ms"));
            BooleanSupplier stopAction = stop.get(20, TimeUnit.SECONDS);
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (WatchEvents.parse(out.toString(), "started").isEmpty() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(WatchEvents.parse(out.toString(), "started")).as("stderr:%n%s", err).hasSize(1);

            proxy.latency(Duration.ofSeconds(10));
            long sent = proxy.bytesToServer();
            while (proxy.bytesToServer() == sent && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThat(proxy.bytesToServer()).as("a poll has asked and waits for the held-back answer")
                    .isGreaterThan(sent);
            long t0 = System.nanoTime();
            boolean stopped = stopAction.getAsBoolean();
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertThat(stopped).as("the watch ended within the stop's wait; stderr:%n%s", err).isTrue();
            assertThat(took).isLessThan(Duration.ofSeconds(1));
            assertThat(exit.get(5, TimeUnit.SECONDS)).as("exit code; stderr:%n%s", err).isZero();
            assertThat(err.toString()).containsPattern("watch: stopped in \\d+ ms")
                    .doesNotContain("Exception", "\tat ");
        }
    }
}
