package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * A sequence.
 *
 * @param ref       name
 * @param dataType  value type, e.g. {@code bigint}
 * @param start     START WITH
 * @param increment INCREMENT BY
 * @param min       MINVALUE
 * @param max       MAXVALUE
 * @param cache     CACHE
 * @param cycle     CYCLE
 * @param ownedBy   {@code table.column} that owns it, or null
 * @param lastValue last value handed out, or null when never used or unreadable
 */
public record SequenceInfo(TableRef ref, String dataType, long start, long increment, long min, long max,
                           long cache, boolean cycle, String ownedBy, Long lastValue) {
    public SequenceInfo {
        Objects.requireNonNull(ref, "ref");
    }

    /** Fraction of the value range used so far, between 0 and 1; 0 when unknown. */
    public double usedFraction() {
        if (lastValue == null || max == min) {
            return 0;
        }
        double span = increment > 0 ? (double) max - min : (double) min - max;
        double used = increment > 0 ? (double) lastValue - min : (double) lastValue - max;
        return Math.max(0, Math.min(1, used / span));
    }
}
