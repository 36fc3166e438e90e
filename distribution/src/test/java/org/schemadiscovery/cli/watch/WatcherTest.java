package org.schemadiscovery.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.MemorySnapshotCache;
import org.schemadiscovery.core.metrics.MetricsView;

/** The watch loop against the real PostgreSQL server, with a 200 ms interval. */
@DisplayName("watch: events, restarts, metrics endpoints, stopping")
class WatcherTest {
    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final ObjectMapper JSON = new ObjectMapper();

    private PgScratch db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Watcher watcher;
    private Thread loop;
    private String app;

    @BeforeEach
    void createDatabase() throws SQLException {
        db = new PgScratch();
        db.exec("CREATE TABLE customer (id int PRIMARY KEY, name text)");
        app = "sd_watch_" + System.nanoTime();
    }

    @AfterEach
    void stopAndDrop() throws SQLException {
        if (watcher != null) {
            watcher.stop(Duration.ofSeconds(2));
        }
        db.close();
    }

    private void start(Double alertFactor) {
        start(alertFactor, null);
    }

    private void start(Double alertFactor, SchemaInfo baseline) {
        start(alertFactor, baseline, null);
    }

    private void start(Double alertFactor, SchemaInfo baseline, String onChange) {
        MetricsView view = new MetricsView();
        SchemaDiscovery discovery = SchemaDiscovery.builder().listener(view).cache(new MemorySnapshotCache(2)).build();
        watcher = new Watcher(discovery, view, new Watcher.Settings(db.url(app), new Properties(), INTERVAL,
                Duration.ofSeconds(5), true, baseline, DiffOptions.defaults(), alertFactor), new PrintWriter(out),
                new PrintWriter(err), s -> s, Clock.systemUTC()).onChange(onChange, Duration.ofMillis(500));
        loop = new Thread(watcher::run, "watch-under-test");
        loop.start();
    }

    private List<JsonNode> events() throws IOException {
        return WatchEvents.parse(out.toString());
    }

    private List<JsonNode> events(String kind) throws IOException {
        return WatchEvents.parse(out.toString(), kind);
    }

    /** Waits (20 s at most) until the watch has polled {@code count} more times than {@code before}. */
    private void awaitPolls(long before, int count) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (polls() < before + count && System.nanoTime() < end) {
            Thread.sleep(INTERVAL.toMillis() / 2);
        }
        assertThat(polls() - before).as("the watch polled %d more times", count).isGreaterThanOrEqualTo(count);
    }

    /** Cache lookups so far, whatever their outcome: one per discovery the watch ran. */
    private double discoveries() {
        return PrometheusParser.parse(watcher.prometheus()).samples().entrySet().stream()
                .filter(e -> e.getKey().startsWith("schema_discovery_cache_lookups_total"))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    private void await(String what, Predicate<List<JsonNode>> condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            if (condition.test(events())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what + "; events:\n" + out + "\nstderr:\n" + err);
    }

    private static Predicate<List<JsonNode>> has(String kind, int count) {
        return list -> list.stream().filter(e -> e.get("event").asText().equals(kind)).count() >= count;
    }

    @Test
    @DisplayName("an ALTER between polls is exactly one change event naming the table; data changes are none")
    void oneEventPerChange() throws Exception {
        start(null);
        await("started", has("started", 1));
        db.exec("ALTER TABLE customer ADD COLUMN email text");
        await("the change", has("change", 1));
        double discoveriesBefore = discoveries();
        db.exec("INSERT INTO customer SELECT g, 'n' || g FROM generate_series(1, 500) g", "ANALYZE customer",
                "UPDATE customer SET name = 'x' WHERE id < 10", "DELETE FROM customer WHERE id > 400",
                "VACUUM customer", "TRUNCATE customer", "INSERT INTO customer VALUES (1, 'a')");
        awaitPolls(polls(), 3);
        assertThat(discoveries()).as("no discovery after the data changes: the fingerprint did not move")
                .isEqualTo(discoveriesBefore);

        List<JsonNode> changes = events("change");
        assertThat(changes).as("events:\n%s", out).hasSize(1);
        JsonNode change = changes.get(0).get("changes");
        assertThat(change).hasSize(1);
        assertThat(change.get(0).get("type").asText()).isEqualTo("column");
        assertThat(change.get(0).get("table").asText()).isEqualTo("customer");
        assertThat(change.get(0).get("name").asText()).isEqualTo("email");
        assertThat(changes.get(0).get("dialect").asText()).isEqualTo("postgresql");
        boolean fingerprints = events("started").get(0).get("fingerprint").asBoolean();
        String note = "takes no schema fingerprint";
        assertThat(err.toString().split(note, -1)).as("the fallback note, once when it applies")
                .hasSize(fingerprints ? 1 : 2);
        assertThat(events("down")).isEmpty();
    }

    @Test
    @DisplayName("with a baseline: each event is the whole drift, fired only when the drift changes")
    void baselineDrift() throws Exception {
        SchemaInfo baseline = SchemaDiscovery.builder().build().discover(db.url(app));
        db.exec("ALTER TABLE customer ADD COLUMN email text");
        start(null, baseline);
        await("the first drift", has("drift", 1));
        assertThat(events("drift").get(0).get("changes")).hasSize(1);
        db.exec("INSERT INTO customer VALUES (1, 'a')");
        awaitPolls(polls(), 3);
        assertThat(events("drift")).as("data changes leave the drift as it was").hasSize(1);
        db.exec("CREATE TABLE orders (id int)");
        await("the second drift", has("drift", 2));
        JsonNode second = events("drift").get(1).get("changes");
        assertThat(second).hasSize(2);
        assertThat(second.findValuesAsText("name")).containsExactlyInAnyOrder("email", "orders");
        assertThat(events("change")).isEmpty();
    }

    @Test
    @DisplayName("its connection terminated with pg_terminate_backend: one down then one up event, and it goes on")
    void survivesTerminatedConnection() throws Exception {
        start(null);
        await("started", has("started", 1));
        int terminated = 0;
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (terminated == 0 && System.nanoTime() < end) {
            terminated = db.terminate(app);
        }
        assertThat(terminated).as("the watch's kept connection was found").isPositive();
        await("down then up", has("up", 1));
        List<String> kinds = events().stream().map(e -> e.get("event").asText()).toList();
        assertThat(kinds).containsExactly("started", "down", "up");
        assertThat(events("down").get(0).get("errorClass").asText()).isEqualTo("CONNECTION");
        db.exec("CREATE TABLE orders (id int)");
        await("a change after the reconnect", has("change", 1));
        assertThat(events("change").get(0).get("changes").get(0).get("name").asText()).isEqualTo("orders");
        assertThat(events().stream().map(e -> e.get("event").asText()).toList())
                .containsExactly("started", "down", "up", "change");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    @DisplayName("/metrics parses as Prometheus text with the discovery and watch series; /health is JSON")
    void metricsEndpoints() throws Exception {
        start(null);
        AtomicInteger port = new AtomicInteger();
        try (AutoCloseable server = watcher.serveMetrics(0, port::set)) {
            await("started", has("started", 1));
            db.exec("ALTER TABLE customer ADD COLUMN email text");
            await("the change", has("change", 1));
            HttpGet metrics = HttpGet.of("http://127.0.0.1:" + port.get() + "/metrics");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.contentType()).isEqualTo(MetricsServer.PROMETHEUS_TYPE);
            PrometheusParser.Parsed parsed = PrometheusParser.parse(metrics.body());
            assertThat(parsed.value("schema_discovery_watch_up", "")).isEqualTo(1.0);
            assertThat(parsed.value("schema_discovery_watch_events_total", "event=\"change\"")).isEqualTo(1.0);
            assertThat(parsed.value("schema_discovery_drift_events_total", "dialect=\"postgresql\"")).isEqualTo(1.0);
            assertThat(parsed.value("schema_discovery_duration_seconds_count",
                    "dialect=\"postgresql\",outcome=\"success\"")).isGreaterThanOrEqualTo(2.0);
            assertThat(parsed.value("schema_discovery_fingerprint_duration_seconds_count",
                    "dialect=\"postgresql\"")).isGreaterThanOrEqualTo(2.0);
            assertThat(parsed.value("schema_discovery_cache_lookups_total",
                    "dialect=\"postgresql\",outcome=\"miss\"")
                    + parsed.samples().getOrDefault("schema_discovery_cache_lookups_total{dialect=\"postgresql\","
                    + "outcome=\"partial\"}", 0.0))
                    .as("both discoveries went through the snapshot cache").isEqualTo(2.0);
            assertThat(parsed.types()).containsEntry("schema_discovery_phase_duration_seconds", "summary")
                    .containsEntry("schema_discovery_statements_total", "counter");

            HttpGet health = HttpGet.of("http://127.0.0.1:" + port.get() + "/health");
            assertThat(health.status()).isEqualTo(200);
            JsonNode h = JSON.readTree(health.body());
            assertThat(h.get("status").asText()).isEqualTo("UP");
            assertThat(h.get("polls").asLong()).isPositive();
        }
    }

    @Test
    @DisplayName("--on-change: each change event on stdin; a failing and a slow command logged, the watch goes on")
    void onChangeFailuresNeverStopTheWatch(@TempDir Path dir) throws Exception {
        Path got = dir.resolve("events.jsonl");
        // the first run fails, the later ones outlive their timeout; each first appends its standard input
        String command = "cat >> '" + got + "'; if [ \"$(wc -l < '" + got + "')\" -eq 1 ]; then exit 3; fi;"
                + " sleep 10";
        start(null, null, command);
        await("started", has("started", 1));
        for (int i = 1; i <= 3; i++) {
            db.exec("CREATE TABLE t" + i + " (id int)");
            await("change " + i, has("change", i));
        }
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (lines(got).size() < 3 && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        List<String> changeLines = List.of(out.toString().split("\n")).stream()
                .filter(l -> l.startsWith("{\"event\": \"change\"")).toList();
        assertThat(lines(got)).as("each command's standard input: the event line").isEqualTo(changeLines);
        assertThat(changeLines).hasSize(3);
        assertThat(err.toString()).contains("watch: the on-change command failed with exit code 3")
                .contains("watch: the on-change command ran longer than 500 ms and was killed")
                .doesNotContain("Exception", "\tat ");
        assertThat(events("down")).isEmpty();
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private long polls() throws IOException {
        return JSON.readTree(watcher.healthJson()).get("polls").asLong();
    }

    @Test
    @DisplayName("a facade without a snapshot cache is refused: every rediscovery goes through one")
    void requiresACache() {
        SchemaDiscovery uncached = SchemaDiscovery.builder().build();
        assertThatThrownBy(() -> new Watcher(uncached, new MetricsView(), new Watcher.Settings(db.url(app),
                new Properties(), INTERVAL, Duration.ofSeconds(5), true, null, DiffOptions.defaults(), null),
                new PrintWriter(out), new PrintWriter(err), s -> s, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snapshot cache");
    }

    @Test
    @DisplayName("stop() ends the loop within a second while it waits on the database (a latency proxy in between)")
    void stopsWithinASecondMidQuery() throws Exception {
        try (LatencyProxy proxy = new LatencyProxy("127.0.0.1", 5432)) {
            // longer than the stop may take: the answer cannot arrive in time, only aborting the connection helps
            proxy.latency(Duration.ofSeconds(5));
            MetricsView view = new MetricsView();
            watcher = new Watcher(SchemaDiscovery.builder().listener(view).cache(new MemorySnapshotCache(2)).build(),
                    view, new Watcher.Settings("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db.name()
                    + "?user=postgres", new Properties(), INTERVAL, Duration.ofSeconds(60), true, null,
                    DiffOptions.defaults(), null), new PrintWriter(out), new PrintWriter(err), s -> s,
                    Clock.systemUTC());
            loop = new Thread(watcher::run, "watch-under-test");
            loop.start();
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (proxy.bytesToServer() == 0 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThat(proxy.bytesToServer()).as("the watch has sent its first message").isPositive();
            assertThat(events()).as("still in its first poll, waiting on the slowed server").isEmpty();
            assertThat(watcher.stop(Duration.ofSeconds(1))).as("ended within the second stop() waits").isTrue();
            loop.join(1000);
            assertThat(loop.isAlive()).isFalse();
            assertThat(events()).isEmpty();
            assertThat(err.toString()).containsPattern("watch: stopped in \\d+ ms");
            assertThat(err.toString()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    @DisplayName("stop() ends the loop within a second, mid-sleep")
    void stopsWithinASecond() throws Exception {
        start(null);
        await("started", has("started", 1));
        assertThat(watcher.stop(Duration.ofSeconds(1))).as("ended within the second stop() waits").isTrue();
        loop.join(1000);
        assertThat(loop.isAlive()).isFalse();
    }
}
