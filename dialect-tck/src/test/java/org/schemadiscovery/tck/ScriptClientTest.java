package org.schemadiscovery.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ScriptClient.pipe: the script on standard input, the output, and a hung client killed on time")
class ScriptClientTest {

    @Test
    @DisplayName("the script arrives on standard input; output and standard error come back with the exit code")
    void pipesTheScript() throws Exception {
        ScriptClient.Result r = ScriptClient.pipe(List.of("sh", "-c", "cat; echo oops >&2; exit 3"),
                Map.of(), "select 1;\n", Duration.ofSeconds(60));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.output()).isEqualTo("select 1;\noops\n");
    }

    @Test
    @DisplayName("environment variables reach the client (a password off its command line)")
    void environment() throws Exception {
        ScriptClient.Result r = ScriptClient.pipe(List.of("sh", "-c", "printf %s \"$TCK_SECRET\""),
                Map.of("TCK_SECRET", "s3cret"), "", Duration.ofSeconds(60));
        assertThat(r).isEqualTo(new ScriptClient.Result(0, "s3cret"));
    }

    @Test
    @DisplayName("a client that hangs with its output open is killed at the timeout: exit -1, what it printed")
    void hungClient() throws Exception {
        long t0 = System.nanoTime();
        ScriptClient.Result r = ScriptClient.pipe(List.of("sh", "-c", "echo started; sleep 60"), Map.of(), "",
                Duration.ofSeconds(1));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(r.exitCode()).isEqualTo(-1);
        assertThat(r.output()).startsWith("started\n").endsWith("\n(timed out)");
        assertThat(took).as("killed at the 1 s timeout, not when the client's output closed").isLessThan(
                Duration.ofSeconds(20));
    }
}
