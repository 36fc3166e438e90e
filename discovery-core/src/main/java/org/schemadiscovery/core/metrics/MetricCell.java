package org.schemadiscovery.core.metrics;

import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** One series' live figures: a count and, for timers, the total and the largest duration. Thread-safe. */
public final class MetricCell {
    private final LongAdder count = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();
    private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);

    MetricCell() {
    }

    void add(long amount) {
        count.add(amount);
    }

    void record(long nanos) {
        count.increment();
        totalNanos.add(Math.max(0, nanos));
        maxNanos.accumulate(nanos);
    }

    /** Events counted (for a counter: the summed amount). */
    public long count() {
        return count.sum();
    }

    /** Summed duration of a timer's events, in nanoseconds; 0 for a counter. */
    public long totalNanos() {
        return totalNanos.sum();
    }

    /** The longest event of a timer, in nanoseconds; 0 for a counter. */
    public long maxNanos() {
        return maxNanos.get();
    }
}
