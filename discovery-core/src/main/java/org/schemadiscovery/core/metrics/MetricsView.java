package org.schemadiscovery.core.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.DiscoveryListener;

/**
 * Discovery metrics collected from {@link DiscoveryListener} events, in memory, for exporters to read: register it
 * with {@code SchemaDiscovery.builder().listener(view)}. Every series is tagged with the {@code dialect}
 * ({@code unknown} when a run failed before one was chosen):
 * <ul>
 *   <li>{@value #DISCOVERY} (timer; {@code outcome} = {@code success} or {@code failure})</li>
 *   <li>{@value #PHASE} (timer; {@code phase})</li>
 *   <li>{@value #STATEMENTS} and {@value #ROWS} (counters; {@code phase})</li>
 *   <li>{@value #FAILURES} (counter; {@code error.class} = {@code connection}, {@code permission}, ...)</li>
 *   <li>{@value #FINGERPRINT} (timer)</li>
 *   <li>{@value #CACHE} (counter; {@code outcome} = {@code hit}, {@code partial}, {@code miss})</li>
 *   <li>{@value #DRIFT} (counter of drift events)</li>
 * </ul>
 * Counts stay in this process; nothing is sent anywhere. Thread-safe.
 */
public final class MetricsView implements DiscoveryListener {
    /** Whole discoveries. */
    public static final String DISCOVERY = "schema.discovery.duration";
    /** Discovery phases. */
    public static final String PHASE = "schema.discovery.phase.duration";
    /** Statements executed. */
    public static final String STATEMENTS = "schema.discovery.statements";
    /** Result rows read. */
    public static final String ROWS = "schema.discovery.rows";
    /** Failed discoveries. */
    public static final String FAILURES = "schema.discovery.failures";
    /** Fingerprints taken. */
    public static final String FINGERPRINT = "schema.discovery.fingerprint.duration";
    /** Snapshot cache lookups. */
    public static final String CACHE = "schema.discovery.cache.lookups";
    /** Tables and views read again by partial cache rereads. */
    public static final String CACHE_REREAD = "schema.discovery.cache.tables.reread";
    /** Drift events. */
    public static final String DRIFT = "schema.discovery.drift.events";

    private static final String UNKNOWN_DIALECT = "unknown";

    private record Key(String name, Map<String, String> tags) {
    }

    private final Map<Key, MetricSeries> series = new ConcurrentHashMap<>();
    private final List<Consumer<MetricSeries>> newSeriesObservers = new CopyOnWriteArrayList<>();
    private final AtomicLong lastDiscoveryNanos = new AtomicLong(-1);

    /** Every series so far, sorted by name and tags. */
    public List<MetricSeries> series() {
        List<MetricSeries> all = new ArrayList<>(series.values());
        all.sort(Comparator.comparing(MetricSeries::name).thenComparing(s -> s.tags().toString()));
        return all;
    }

    /** The series with this name and these tags, if it has been recorded. */
    public Optional<MetricSeries> find(String name, Map<String, String> tags) {
        return Optional.ofNullable(series.get(new Key(name, new TreeMap<>(tags))));
    }

    /**
     * Calls {@code observer} for each series created from now on (exporters register meters for new dialects and
     * phases this way); it runs on the recording thread and must be quick.
     */
    public void onNewSeries(Consumer<MetricSeries> observer) {
        newSeriesObservers.add(Objects.requireNonNull(observer, "observer"));
    }

    /** How long the last successful discovery took, if there was one. */
    public Optional<Duration> lastDiscovery() {
        long nanos = lastDiscoveryNanos.get();
        return nanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    @Override
    public void discoveryFinished(DatabaseIdentity identity, DiscoveryMetrics metrics) {
        if (metrics == null) {
            return;
        }
        String dialect = dialect(identity == null ? null : identity.dialect());
        lastDiscoveryNanos.set(metrics.totalNanos());
        timer(DISCOVERY, "discoveries, by outcome", Map.of("dialect", dialect, "outcome", "success"))
                .record(metrics.totalNanos());
        for (PhaseMetric p : metrics.phases()) {
            Map<String, String> tags = Map.of("dialect", dialect, "phase", p.phase());
            timer(PHASE, "discovery phases", tags).record(p.nanos());
            counter(STATEMENTS, "SQL statements and metadata calls executed", tags).add(p.statements());
            counter(ROWS, "result rows read", tags).add(p.rows());
        }
    }

    @Override
    public void discoveryFailed(String dialect, ErrorClass errorClass, long nanos) {
        String d = dialect(dialect);
        timer(DISCOVERY, "discoveries, by outcome", Map.of("dialect", d, "outcome", "failure")).record(nanos);
        String cls = errorClass == null ? "other" : errorClass.name().toLowerCase(Locale.ROOT);
        counter(FAILURES, "failed discoveries, by error class", Map.of("dialect", d, "error.class", cls)).add(1);
    }

    @Override
    public void fingerprintTaken(String dialect, long nanos) {
        timer(FINGERPRINT, "schema fingerprints taken", Map.of("dialect", dialect(dialect))).record(nanos);
    }

    @Override
    public void cacheLookup(String dialect, CacheOutcome outcome) {
        counter(CACHE, "snapshot cache lookups, by outcome", Map.of("dialect", dialect(dialect), "outcome",
                outcome.name().toLowerCase(Locale.ROOT))).add(1);
    }

    @Override
    public void cacheLookup(String dialect, CacheOutcome outcome, int tablesReread) {
        cacheLookup(dialect, outcome);
        if (tablesReread > 0) {
            counter(CACHE_REREAD, "tables and views read again by partial cache rereads",
                    Map.of("dialect", dialect(dialect))).add(tablesReread);
        }
    }

    @Override
    public void driftDetected(String dialect, int changes) {
        counter(DRIFT, "schema drift events", Map.of("dialect", dialect(dialect))).add(1);
    }

    private MetricCell timer(String name, String description, Map<String, String> tags) {
        return cell(name, description, MetricSeries.Kind.TIMER, tags);
    }

    private MetricCell counter(String name, String description, Map<String, String> tags) {
        return cell(name, description, MetricSeries.Kind.COUNTER, tags);
    }

    private MetricCell cell(String name, String description, MetricSeries.Kind kind, Map<String, String> tags) {
        Key key = new Key(name, new TreeMap<>(tags));
        MetricSeries existing = series.get(key);
        if (existing != null) {
            return existing.cell();
        }
        MetricSeries created = new MetricSeries(name, description, kind, tags, new MetricCell());
        MetricSeries raced = series.putIfAbsent(key, created);
        if (raced != null) {
            return raced.cell();
        }
        newSeriesObservers.forEach(o -> o.accept(created));
        return created.cell();
    }

    private static String dialect(String dialect) {
        return dialect == null || dialect.isBlank() ? UNKNOWN_DIALECT : dialect;
    }
}
