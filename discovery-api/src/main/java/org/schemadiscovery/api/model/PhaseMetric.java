package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * Cost of one discovery phase.
 *
 * @param phase      phase name
 * @param nanos      wall time in nanoseconds
 * @param statements SQL statements (and metadata calls) executed
 * @param rows       result rows read
 * @param items      objects produced
 */
public record PhaseMetric(String phase, long nanos, long statements, long rows, long items) {
    public PhaseMetric {
        Objects.requireNonNull(phase, "phase");
    }
}
