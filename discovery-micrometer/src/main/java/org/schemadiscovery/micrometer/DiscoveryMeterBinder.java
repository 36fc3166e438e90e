package org.schemadiscovery.micrometer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.schemadiscovery.core.metrics.MetricCell;
import org.schemadiscovery.core.metrics.MetricSeries;
import org.schemadiscovery.core.metrics.MetricsView;

/**
 * Publishes a {@link MetricsView}'s series to a Micrometer registry under their own dotted names and tags
 * ({@code dialect}, {@code phase}, {@code outcome}, {@code error.class}): counters as {@link FunctionCounter}s,
 * timers as {@link FunctionTimer}s plus a {@code .max} {@link TimeGauge}. Series that appear later (a new dialect
 * or phase) are registered as they appear.
 *
 * <pre>{@code
 * MetricsView view = new MetricsView();
 * SchemaDiscovery sd = SchemaDiscovery.builder().listener(view).build();
 * new DiscoveryMeterBinder(view).bindTo(meterRegistry);
 * }</pre>
 */
public final class DiscoveryMeterBinder implements MeterBinder {
    private final MetricsView view;

    /** A binder over this view, which must outlive the registry's use of it. */
    public DiscoveryMeterBinder(MetricsView view) {
        this.view = Objects.requireNonNull(view, "view");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        view.onNewSeries(series -> register(registry, series));
        view.series().forEach(series -> register(registry, series));
    }

    private static void register(MeterRegistry registry, MetricSeries series) {
        List<Tag> tags = series.tags().entrySet().stream().map(e -> Tag.of(e.getKey(), e.getValue())).toList();
        // Function meters hold their object weakly; the view holds the cells for as long as it lives.
        if (series.kind() == MetricSeries.Kind.COUNTER) {
            FunctionCounter.builder(series.name(), series.cell(), c -> c.count())
                    .description(series.description()).tags(tags).register(registry);
        } else {
            FunctionTimer.builder(series.name(), series.cell(), MetricCell::count, MetricCell::totalNanos,
                    TimeUnit.NANOSECONDS).description(series.description()).tags(tags).register(registry);
            TimeGauge.builder(series.name() + ".max", series.cell(), TimeUnit.NANOSECONDS, MetricCell::maxNanos)
                    .description(series.description() + ", the longest").tags(tags).register(registry);
        }
    }
}
