package org.schemadiscovery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadiscovery.cli.watch.HttpGet;
import org.schemadiscovery.cli.watch.WatchEvents;

/**
 * {@code watch} in the packaged launcher's own JVM, ended the way an operator ends it: SIGTERM
 * ({@link Process#destroy()}) and SIGINT ({@code kill -INT}, what Ctrl-C sends) stop it within a second (its own
 * {@code watch: stopped in N ms}; the process is gone within three, JVM exit included) with exit 0, no stack trace, and its metrics port closed; also while the database is down and it is backing off. Its
 * {@code /metrics} passes {@code promtool check metrics} (Debian's {@code prometheus} package; {@code .ci/run}
 * installs the tool) and {@code /health} is JSON.
 */
class WatchIT {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** What the watch's own stop may take, from the stop request to its loop's end ("watch: stopped in N ms"). */
    private static final Duration STOP_LIMIT = Duration.ofSeconds(1);
    /** From the signal sent to the process gone: the stop, closing up, and the JVM's own exit. */
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(3);
    private static final Pattern STOPPED = Pattern.compile("watch: stopped in (\\d+) ms");
    private static final ObjectMapper JSON = new ObjectMapper();
    static Path layout;
    static Path javaHome;

    @TempDir
    Path tmp;
    private String db;
    private Process watch;

    @BeforeAll
    static void locate() {
        layout = Path.of(System.getProperty("layout.dir", "target/schema-discovery")).toAbsolutePath();
        javaHome = Path.of(System.getProperty("java.home.for.fork", System.getProperty("java.home")));
        assertThat(layout.resolve("bin/schema-discovery")).isExecutable();
    }

    @BeforeEach
    void createDatabase() throws SQLException {
        db = "sd_it_watch_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
        admin("CREATE DATABASE " + db);
        sql(SERVER + db + "?user=postgres", "CREATE TABLE customer (id int PRIMARY KEY)");
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (watch != null && watch.isAlive()) {
            watch.destroyForcibly();
        }
        admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
    }

    @Test
    @DisplayName("SIGTERM: /metrics passed promtool, /health was JSON; stopped within 1 s, exit 0, no stack trace,"
            + " port closed")
    void sigterm() throws Exception {
        int port = freePort();
        watch = start(SERVER + db + "?user=postgres", port);
        awaitEvent("started");
        sql(SERVER + db + "?user=postgres", "ALTER TABLE customer ADD COLUMN email text");
        awaitEvent("change");

        String metrics = HttpGet.of("http://127.0.0.1:" + port + "/metrics").body();
        assertThat(metrics).contains("schema_discovery_watch_events_total{event=\"change\"} 1");
        promtoolCheckMetrics(metrics);
        JsonNode health = JSON.readTree(HttpGet.of("http://127.0.0.1:" + port + "/health").body());
        assertThat(health.get("status").asText()).isEqualTo("UP");

        endsCleanly(port, () -> watch.destroy());
    }

    @Test
    @DisplayName("SIGINT (Ctrl-C): stopped within 1 s, exit 0, no stack trace, port closed")
    void sigint() throws Exception {
        int port = freePort();
        watch = start(SERVER + db + "?user=postgres", port);
        awaitEvent("started");
        assertThat(ignoredSignals(watch.pid()) & (1L << 1)).as("SIGINT reaches the JVM (not ignored)").isZero();
        endsCleanly(port, () -> {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(watch.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -INT").isTrue();
        });
    }

    @Test
    @DisplayName("SIGTERM while the database is down and the watch backs off: stopped within 1 s, exit 0, no stack"
            + " trace")
    void sigtermWhileDown() throws Exception {
        int port = freePort();
        int refused = freePort();
        watch = start("jdbc:postgresql://127.0.0.1:" + refused + "/" + db + "?user=postgres", port);
        awaitEvent("down");
        Thread.sleep(1000); // into a backoff wait of 1 s or more
        endsCleanly(port, () -> watch.destroy());
        assertThat(events()).as("no up event against a refused port").extracting(e -> e.get("event").asText())
                .containsExactly("down");
    }

    /** {@code env --default-signal}: a background job of a non-interactive shell would pass SIGINT on ignored. */
    private Process start(String url, int metricsPort) throws IOException {
        List<String> command = List.of("env", "--default-signal=INT,TERM", "sh",
                layout.resolve("bin/schema-discovery").toString(), "watch", url, "--interval", "1s",
                "--metrics-port", Integer.toString(metricsPort));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("SCHEMA_DISCOVERY_PLUGINS");
        pb.environment().put("JAVA_HOME", javaHome.toString());
        return pb.start();
    }

    private interface Signal {
        void send() throws Exception;
    }

    private void endsCleanly(int metricsPort, Signal signal) throws Exception {
        assertThat(watch.isAlive()).as("still watching; stderr:%n%s", err()).isTrue();
        signal.send();
        long t0 = System.nanoTime();
        boolean ended = watch.waitFor(10, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(ended).as("ended; stderr:%n%s", err()).isTrue();
        assertThat(watch.exitValue()).as("exit code; stderr:%n%s", err()).isZero();
        Matcher stopped = STOPPED.matcher(err());
        assertThat(stopped.find()).as("the watch says how long stopping took; stderr:%n%s", err()).isTrue();
        assertThat(Duration.ofMillis(Long.parseLong(stopped.group(1)))).as("the watch's own stop")
                .isLessThan(STOP_LIMIT);
        assertThat(took).as("time from the signal sent to the process gone").isLessThan(EXIT_LIMIT);
        assertThat(err()).doesNotContain("Exception", "\tat ", "Error");
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), metricsPort).close())
                .as("the metrics port is closed").isInstanceOf(ConnectException.class);
    }

    private void awaitEvent(String kind) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (events().stream().anyMatch(e -> e.get("event").asText().equals(kind))) {
                return;
            }
            assertThat(watch.isAlive()).as("watch ended early: exit %s; stderr:%n%s",
                    watch.isAlive() ? "" : watch.exitValue(), err()).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no " + kind + " event; stdout:\n" + out() + "\nstderr:\n" + err());
    }

    private List<JsonNode> events() throws IOException {
        return WatchEvents.parse(out());
    }

    private String out() throws IOException {
        return Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
    }

    private String err() throws IOException {
        return Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
    }

    private void promtoolCheckMetrics(String metrics) throws Exception {
        Path file = Files.writeString(tmp.resolve("metrics.txt"), metrics, StandardCharsets.UTF_8);
        Process promtool;
        try {
            promtool = new ProcessBuilder("promtool", "check", "metrics").redirectInput(file.toFile())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("promtool.txt").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("promtool not found (Debian's prometheus package; .ci/run installs it): "
                    + e.getMessage(), e);
        }
        assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        String report = Files.readString(tmp.resolve("promtool.txt"), StandardCharsets.UTF_8);
        assertThat(promtool.exitValue()).as("promtool check metrics:%n%s%n%s", report, metrics).isZero();
        assertThat(report).as("promtool's lint findings").isBlank();
    }

    /** The SigIgn mask of /proc/PID/status: bit N-1 set when signal N is ignored. */
    private static long ignoredSignals(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("SigIgn:")) {
                return Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16);
            }
        }
        throw new AssertionError("no SigIgn in /proc/" + pid + "/status");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void admin(String sql) throws SQLException {
        sql(SERVER + "postgres?user=postgres", sql);
    }

    private static void sql(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
