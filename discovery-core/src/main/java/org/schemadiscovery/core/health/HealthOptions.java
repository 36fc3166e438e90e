package org.schemadiscovery.core.health;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a health check runs.
 *
 * @param timeout        the longest the check may take, connecting included; it never waits longer
 * @param slowThreshold  a last discovery slower than this makes the result DEGRADED; null for no threshold
 * @param lastDiscovery  how long the last discovery took (e.g. {@code MetricsView::lastDiscovery}); never null
 */
public record HealthOptions(Duration timeout, Duration slowThreshold, Supplier<Optional<Duration>> lastDiscovery) {
    public HealthOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the health check timeout must be positive: " + timeout);
        }
        if (slowThreshold != null && (slowThreshold.isNegative() || slowThreshold.isZero())) {
            throw new IllegalArgumentException("the slow threshold must be positive: " + slowThreshold);
        }
        lastDiscovery = lastDiscovery == null ? Optional::empty : lastDiscovery;
    }

    /** Only a timeout: no slow threshold. */
    public static HealthOptions timeout(Duration timeout) {
        return new HealthOptions(timeout, null, Optional::empty);
    }
}
