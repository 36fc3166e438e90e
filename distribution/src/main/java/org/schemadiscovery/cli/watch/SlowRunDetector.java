package org.schemadiscovery.cli.watch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * {@code --alert-slower-than FACTOR}: a discovery is slow when it takes more than FACTOR times the median of the
 * last runs before it (at least {@value #MIN_RUNS} of them, the last {@value #WINDOW} kept). Not thread-safe.
 */
final class SlowRunDetector {
    static final int WINDOW = 10;
    static final int MIN_RUNS = 3;

    private final double factor;
    private final Deque<Long> recent = new ArrayDeque<>();

    SlowRunDetector(double factor) {
        if (!(factor > 1.0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("--alert-slower-than must be a number greater than 1: " + factor);
        }
        this.factor = factor;
    }

    /** Records a run; the median it exceeded by more than the factor when it was slow. */
    Optional<Duration> record(Duration run) {
        Optional<Duration> slow = Optional.empty();
        if (recent.size() >= MIN_RUNS) {
            long median = median();
            if (run.toNanos() > factor * median) {
                slow = Optional.of(Duration.ofNanos(median));
            }
        }
        recent.addLast(run.toNanos());
        if (recent.size() > WINDOW) {
            recent.removeFirst();
        }
        return slow;
    }

    double factor() {
        return factor;
    }

    private long median() {
        long[] sorted = recent.stream().mapToLong(Long::longValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
