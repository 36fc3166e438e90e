package org.schemadiscovery.cli.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.exception.DiscoveryException;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.cli.format.DiffFormatter;
import org.schemadiscovery.cli.format.JsonText;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.health.FingerprintProbe;
import org.schemadiscovery.core.metrics.MetricsView;

/**
 * The {@code watch} loop: every interval it takes the schema fingerprint (a few statements over one kept
 * connection); when the fingerprint moved it discovers and compares with the previous snapshot (or, with a
 * baseline, with the baseline), and writes an event when something changed. A dialect without fingerprints is
 * discovered and compared on every poll instead (said once on standard error). A lost connection is one DOWN event,
 * then reconnection with backoff and one UP event; nothing stops the loop but {@link #stop(Duration)} or an interrupt.
 */
public final class Watcher {
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /**
     * What to watch and how.
     *
     * @param url           the JDBC URL
     * @param info          its connection properties
     * @param interval      time between polls
     * @param pollTimeout   the longest one fingerprint may take, connecting included
     * @param json          JSON lines (else text)
     * @param baseline      the snapshot every event is the drift from, or null to compare with the previous one
     * @param diffOptions   comparison options
     * @param alertFactor   {@code --alert-slower-than}, or null
     */
    public record Settings(String url, Properties info, Duration interval, Duration pollTimeout, boolean json,
                           SchemaInfo baseline, DiffOptions diffOptions, Double alertFactor) {
        public Settings {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(info, "info");
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(pollTimeout, "pollTimeout");
            Objects.requireNonNull(diffOptions, "diffOptions");
        }
    }

    private enum State { STARTING, UP, DOWN }

    private final SchemaDiscovery discovery;
    private final MetricsView view;
    private final Settings settings;
    private final EventWriter events;
    private final PrintWriter err;
    private final UnaryOperator<String> redact;
    private final SlowRunDetector slowRuns;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicLong polls = new AtomicLong();
    private final Map<String, AtomicLong> eventCounts = Map.of("change", new AtomicLong(), "drift", new AtomicLong(),
            "down", new AtomicLong(), "up", new AtomicLong(), "slow-discovery", new AtomicLong());
    private volatile State state = State.STARTING;
    private volatile Instant lastPoll;
    private volatile Thread loop;
    private volatile FingerprintProbe probe;
    private volatile long stopRequestedNanos;
    private OnChangeRunner onChange;
    private SchemaInfo previous;
    private Optional<SchemaFingerprint> lastFingerprint = Optional.empty();
    private List<SchemaChange> lastDrift = List.of();
    private boolean fallbackNoted;

    /**
     * @param discovery the facade, with {@code view} as its listener and a snapshot cache that every rediscovery
     *                  goes through (a change rereads only what the cache cannot serve)
     * @param view      the metrics the discoveries and fingerprints feed
     * @param settings  what to watch
     * @param out       where events go
     * @param err       where notes and warnings go
     * @param redact    masks secrets in every line
     * @param clock     stamps the events
     */
    public Watcher(SchemaDiscovery discovery, MetricsView view, Settings settings, PrintWriter out, PrintWriter err,
                   UnaryOperator<String> redact, Clock clock) {
        this.discovery = Objects.requireNonNull(discovery, "discovery");
        if (discovery.cache().isEmpty()) {
            throw new IllegalArgumentException("the watch rediscovers through a snapshot cache: build the facade with"
                    + " one (SchemaDiscovery.builder().cache(...))");
        }
        this.view = Objects.requireNonNull(view, "view");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.err = Objects.requireNonNull(err, "err");
        this.redact = Objects.requireNonNull(redact, "redact");
        this.events = new EventWriter(out, settings.json(), clock, redact);
        this.slowRuns = settings.alertFactor() == null ? null : new SlowRunDetector(settings.alertFactor());
    }

    /** Runs {@code --on-change CMD} for each change event, each within {@code timeout}. */
    public Watcher onChange(String command, Duration timeout) {
        this.onChange = command == null ? null : new OnChangeRunner(command, timeout, err, redact);
        return this;
    }

    /** Serves /metrics and /health on 127.0.0.1:{@code port} while {@link #run()} runs; the port bound. */
    public AutoCloseable serveMetrics(int port, IntConsumer bound) throws IOException {
        MetricsServer server = new MetricsServer(port, this::prometheus, this::healthJson);
        bound.accept(server.port());
        return server;
    }

    /** Polls until {@link #stop(Duration)} or an interrupt; never throws for a database problem. */
    public void run() {
        loop = Thread.currentThread();
        int failures = 0;
        try (FingerprintProbe probe = discovery.fingerprintProbe(settings.url(), settings.info())) {
            this.probe = probe;
            if (stopped.getCount() == 0) {
                return;
            }
            while (stopped.getCount() > 0 && !Thread.currentThread().isInterrupted()) {
                Duration wait = settings.interval();
                try {
                    poll(probe);
                    failures = 0;
                } catch (DiscoveryException e) {
                    if (stopped.getCount() == 0 || Thread.currentThread().isInterrupted()) {
                        break;
                    }
                    ErrorClass cls = e.errorClass();
                    if (cls == ErrorClass.CONNECTION || cls == ErrorClass.TIMEOUT) {
                        failures++;
                        wait = backoff(failures);
                        if (state != State.DOWN) {
                            state = State.DOWN;
                            count("down");
                            events.down(cls, e.getMessage());
                        }
                    } else {
                        say("poll failed (" + cls + "): " + e.getMessage());
                    }
                }
                if (stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (onChange != null) {
                onChange.close();
            }
            long requested = stopRequestedNanos;
            if (requested != 0) {
                say("stopped in " + Duration.ofNanos(System.nanoTime() - requested).toMillis() + " ms");
            }
            ended.countDown();
        }
    }

    /**
     * Asks the loop to end and waits up to {@code wait} for it; true when it ended. It aborts the kept connection
     * and interrupts the loop first, so a poll or discovery blocked on a slow or silent server ends at once; the
     * loop then prints how long stopping took on standard error ({@code watch: stopped in N ms}).
     */
    public boolean stop(Duration wait) {
        if (stopped.getCount() > 0) {
            stopRequestedNanos = System.nanoTime();
            stopped.countDown();
        }
        FingerprintProbe p = probe;
        if (p != null) {
            p.abort();
        }
        Thread t = loop;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
        }
        try {
            return ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void poll(FingerprintProbe probe) {
        FingerprintProbe.Reading reading = probe.take(settings.pollTimeout());
        polls.incrementAndGet();
        lastPoll = Instant.now();
        if (state == State.DOWN) {
            count("up");
            events.up();
        }
        state = State.UP;
        if (reading.fingerprint().isEmpty() && !fallbackNoted) {
            fallbackNoted = true;
            say("dialect " + reading.dialect() + " takes no schema fingerprint: every poll runs a full discovery"
                    + " and compares it with the previous one");
        }
        if (previous != null && reading.fingerprint().isPresent() && reading.fingerprint().equals(lastFingerprint)) {
            return;
        }
        SchemaInfo now = timedDiscovery();
        lastFingerprint = reading.fingerprint();
        if (previous == null) {
            previous = now;
            events.started(now.identity().url(), now.identity().dialect(), reading.fingerprint().isPresent(),
                    now.tables().size());
            if (settings.baseline() == null) {
                return;
            }
        }
        SchemaInfo from = settings.baseline() != null ? settings.baseline() : previous;
        List<SchemaChange> changes = discovery.compare(from, now, settings.diffOptions());
        previous = now;
        if (settings.baseline() != null) {
            if (changes.equals(lastDrift)) {
                return;
            }
            lastDrift = changes;
        }
        if (changes.isEmpty()) {
            return;
        }
        view.driftDetected(now.identity().dialect(), changes.size());
        boolean drift = settings.baseline() != null;
        count(drift ? "drift" : "change");
        String event = events.change(new DiffFormatter.Sides(from.identity().url(), now.identity().url(),
                now.identity().dialect()), changes, drift);
        if (onChange != null) {
            onChange.submit(event);
        }
    }

    /**
     * Discovers through the cache; times what read the database. A hit (the fingerprint came back to the stored
     * one) read nothing but the fingerprint, so it is no run for {@code --alert-slower-than}.
     */
    private SchemaInfo timedDiscovery() {
        long t0 = System.nanoTime();
        CachedDiscovery run = discovery.discoverCached(settings.url(), settings.info());
        SchemaInfo schema = run.schema();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        if (slowRuns != null && run.outcome() != CacheOutcome.HIT) {
            slowRuns.record(took).ifPresent(median -> {
                count("slow-discovery");
                events.slow(took, median, slowRuns.factor());
            });
        }
        return schema;
    }

    private static Duration backoff(int failures) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(failures - 1, 16);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    private void count(String event) {
        eventCounts.get(event).incrementAndGet();
    }

    /** One line on standard error, {@code watch: } first. */
    private void say(String message) {
        synchronized (err) {
            err.println(redact.apply("watch: " + message));
            err.flush();
        }
    }

    /** The /metrics document: the view's series and the watch's own. */
    String prometheus() {
        List<PrometheusText.Sample> samples = new ArrayList<>();
        samples.add(new PrometheusText.Sample("schema.discovery.watch.up", "1 while the watched database answers",
                false, Map.of(), state == State.UP ? 1 : 0));
        samples.add(new PrometheusText.Sample("schema.discovery.watch.polls", "fingerprint polls that answered", true,
                Map.of(), polls.get()));
        eventCounts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> samples.add(
                new PrometheusText.Sample("schema.discovery.watch.events", "watch events, by event", true,
                        Map.of("event", e.getKey()), e.getValue().get())));
        return new PrometheusText().series(view.series()).samples(samples).render();
    }

    /** The /health document. */
    String healthJson() {
        Instant last = lastPoll;
        return "{\"status\": " + JsonText.string(state.name()) + ", \"polls\": " + polls.get()
                + ", \"lastPoll\": " + JsonText.string(last == null ? null : last.toString()) + "}\n";
    }
}
