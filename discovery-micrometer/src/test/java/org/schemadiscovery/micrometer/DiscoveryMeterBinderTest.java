package org.schemadiscovery.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.core.metrics.MetricsView;

@DisplayName("Micrometer binder over the metrics view")
class DiscoveryMeterBinderTest {
    private static final DatabaseIdentity PG = new DatabaseIdentity("PostgreSQL", "15.4", 15, 4, "pgjdbc",
            "jdbc:postgresql://db/app", "postgresql");

    private static DiscoveryMetrics run(long tablesNanos, long statements, long rows) {
        return new DiscoveryMetrics(List.of(new PhaseMetric("tables", tablesNanos, statements, rows, 3),
                new PhaseMetric("indexes", 1_000_000, 1, 7, 7)), tablesNanos + 1_000_000, statements + 1, rows + 7,
                List.of(), 0);
    }

    @Test
    @DisplayName("series recorded before binding: timers per dialect and phase, counters of statements and rows")
    void existingSeries() {
        MetricsView view = new MetricsView();
        view.discoveryFinished(PG, run(4_000_000, 2, 10));
        view.discoveryFinished(PG, run(6_000_000, 2, 10));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new DiscoveryMeterBinder(view).bindTo(registry);

        FunctionTimer tables = registry.get("schema.discovery.phase.duration").tag("dialect", "postgresql")
                .tag("phase", "tables").functionTimer();
        assertThat(tables.count()).isEqualTo(2.0);
        assertThat(tables.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(10.0);
        TimeGauge max = registry.get("schema.discovery.phase.duration.max").tag("phase", "tables").timeGauge();
        assertThat(max.value(TimeUnit.MILLISECONDS)).isEqualTo(6.0);
        FunctionCounter statements = registry.get("schema.discovery.statements").tag("phase", "tables")
                .functionCounter();
        assertThat(statements.count()).isEqualTo(4.0);
        assertThat(registry.get("schema.discovery.rows").tag("phase", "indexes").functionCounter().count())
                .isEqualTo(14.0);
        FunctionTimer discoveries = registry.get("schema.discovery.duration").tag("outcome", "success")
                .functionTimer();
        assertThat(discoveries.count()).isEqualTo(2.0);
        assertThat(discoveries.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(12.0);
    }

    @Test
    @DisplayName("series that appear after binding are registered, and live values follow the view")
    void laterSeries() {
        MetricsView view = new MetricsView();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new DiscoveryMeterBinder(view).bindTo(registry);
        assertThat(registry.getMeters()).isEmpty();

        view.discoveryFailed(null, ErrorClass.CONNECTION, 5_000_000);
        view.discoveryFailed("postgresql", ErrorClass.PERMISSION, 1_000_000);
        view.discoveryFailed("postgresql", ErrorClass.PERMISSION, 1_000_000);
        view.fingerprintTaken("postgresql", 2_000_000);
        view.cacheLookup("postgresql", CacheOutcome.HIT);
        view.cacheLookup("postgresql", CacheOutcome.PARTIAL);
        view.cacheLookup("postgresql", CacheOutcome.HIT);
        view.driftDetected("postgresql", 4);

        assertThat(registry.get("schema.discovery.failures").tag("dialect", "unknown").tag("error.class", "connection")
                .functionCounter().count()).isEqualTo(1.0);
        assertThat(registry.get("schema.discovery.failures").tag("dialect", "postgresql")
                .tag("error.class", "permission").functionCounter().count()).isEqualTo(2.0);
        assertThat(registry.get("schema.discovery.duration").tag("outcome", "failure").tag("dialect", "postgresql")
                .functionTimer().count()).isEqualTo(2.0);
        assertThat(registry.get("schema.discovery.fingerprint.duration").functionTimer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2.0);
        assertThat(registry.get("schema.discovery.cache.lookups").tag("outcome", "hit").functionCounter().count())
                .isEqualTo(2.0);
        assertThat(registry.get("schema.discovery.cache.lookups").tag("outcome", "partial").functionCounter()
                .count()).isEqualTo(1.0);
        assertThat(registry.find("schema.discovery.cache.lookups").tag("outcome", "miss").functionCounter())
                .isNull();
        FunctionCounter drift = registry.get("schema.discovery.drift.events").functionCounter();
        assertThat(drift.count()).as("one event, whatever its size").isEqualTo(1.0);
        view.driftDetected("postgresql", 1);
        assertThat(drift.count()).isEqualTo(2.0);
    }
}
