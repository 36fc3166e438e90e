package org.schemadiscovery.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("--on-change: one at a time, event on stdin, failures and timeouts logged, never fatal")
class OnChangeRunnerTest {
    @Test
    @DisplayName("commands run in order with the event on standard input; a failing and a slow one are logged")
    void runsInOrder(@TempDir Path dir) throws Exception {
        StringWriter err = new StringWriter();
        Path log = dir.resolve("log");
        String command = "read line; case \"$line\" in slow) sleep 5;; fail) exit 3;; esac; echo \"$line\" >> '"
                + log + "'; echo \"seen $line\"";
        long t0 = System.nanoTime();
        try (OnChangeRunner runner = new OnChangeRunner(command, Duration.ofMillis(500), new PrintWriter(err),
                s -> s)) {
            runner.submit("fail");
            runner.submit("slow");
            runner.submit("one");
            runner.submit("two");
            assertThat(runner.drain(Duration.ofSeconds(20))).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("the slow one was killed").isLessThan(
                Duration.ofSeconds(5));
        assertThat(Files.readString(log)).isEqualTo("one\ntwo\n");
        assertThat(err.toString())
                .contains("watch: the on-change command failed with exit code 3")
                .contains("watch: the on-change command ran longer than 500 ms and was killed")
                .contains("watch: on-change: seen one")
                .contains("watch: on-change: seen two");
    }

    @Test
    @DisplayName("a command that cannot run is logged")
    void missingCommand() {
        StringWriter err = new StringWriter();
        try (OnChangeRunner runner = new OnChangeRunner("/nonexistent/sd-command", Duration.ofSeconds(5),
                new PrintWriter(err), s -> s)) {
            runner.submit("x");
            assertThat(runner.drain(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(err.toString()).contains("failed with exit code 127");
    }
}
