package org.schemadiscovery.core.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * The query timeout core applies to each new statement: the current statement timeout (doubled on a retry), capped
 * by the time left before the deadline, at least one second.
 */
public final class StatementTimeouts implements IntSupplier {
    private final Instant deadline;
    private volatile Duration current;

    /**
     * @param deadline the run's deadline
     * @param initial  the configured statement timeout
     */
    public StatementTimeouts(Instant deadline, Duration initial) {
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.current = Objects.requireNonNull(initial, "initial");
    }

    /** Changes the statement timeout for the statements that follow. */
    public void set(Duration timeout) {
        this.current = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public int getAsInt() {
        long left = Duration.between(Instant.now(), deadline).toSeconds();
        long seconds = Math.min(current.toSeconds(), left);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
    }
}
