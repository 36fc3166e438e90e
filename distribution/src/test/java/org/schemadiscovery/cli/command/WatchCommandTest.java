package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.cli.watch.HttpGet;

@DisplayName("watch command: options, the metrics port, ending on an interrupt")
class WatchCommandTest {
    @Test
    @DisplayName("prints a started event, serves /metrics on the printed port, and ends within a second, exit 0")
    void runsAndEnds(@TempDir Path dir) throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(ScratchDatabase.Kind.POSTGRESQL, dir)) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CliEnvironment env = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), k -> null, null,
                    false);
            AtomicInteger exit = new AtomicInteger(-1);
            Thread cli = new Thread(() -> exit.set(new Cli(env).run("watch", db.url(), "--interval", "200ms",
                    "--metrics-port", "0")));
            cli.start();
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!out.toString().contains("\"event\": \"started\"") && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertThat(out.toString()).as(err.toString()).contains("\"event\": \"started\"");
            Matcher port = Pattern.compile("metrics on http://127.0.0.1:(\\d+)/metrics").matcher(err.toString());
            assertThat(port.find()).as(err.toString()).isTrue();
            HttpGet response = HttpGet.of("http://127.0.0.1:" + port.group(1) + "/health");
            assertThat(response.body()).contains("\"status\": \"UP\"");

            long t0 = System.nanoTime();
            cli.interrupt();
            cli.join(1000);
            assertThat(cli.isAlive()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(1));
            assertThat(exit.get()).isEqualTo(ExitCodes.OK);
        }
    }

    @Test
    @DisplayName("bad values are usage errors: factor, format, port, interval")
    void usageErrors() {
        String url = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
        assertThat(CliRunner.run("watch", url, "--alert-slower-than", "0.5").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("watch", url, "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("watch", url, "--metrics-port", "70000").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("watch", url, "--interval", "0").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRunner.run("watch", "nope").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
