package org.schemadiscovery.core.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One named, tagged series of a {@link MetricsView}, with its live figures.
 *
 * @param name        dotted lower-case name, e.g. {@code schema.discovery.phase.duration}
 * @param description one line for exporters' help text
 * @param kind        counter or timer
 * @param tags        tag keys and values, sorted by key
 * @param cell        the live figures
 */
public record MetricSeries(String name, String description, Kind kind, Map<String, String> tags, MetricCell cell) {

    /** A monotonic count, or a timer (count, total and maximum duration). */
    public enum Kind {
        /** A monotonic count. */
        COUNTER,
        /** Count, total and maximum duration of events. */
        TIMER
    }

    public MetricSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cell, "cell");
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
    }
}
