package org.schemadiscovery.api.migration;

import java.time.Duration;
import java.util.Objects;

/**
 * How to plan a migration.
 *
 * <pre>{@code
 * PlannerOptions options = PlannerOptions.builder().allowDestructive(true).online(true)
 *         .lockTimeout(Duration.ofSeconds(2)).build();
 * }</pre>
 *
 * @param allowDestructive whether steps that drop objects or data are part of the plan (default false: they are
 *                         left out and listed)
 * @param online           whether to prefer statements that do not block writes for long (CREATE INDEX
 *                         CONCURRENTLY, constraints added NOT VALID then validated), each in its own group
 * @param lockTimeout      how long a statement waits for a lock before the group fails (default 5 s); zero waits
 *                         forever
 */
public record PlannerOptions(boolean allowDestructive, boolean online, Duration lockTimeout) {
    /** The default lock timeout. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    public PlannerOptions {
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lock timeout must not be negative: " + lockTimeout);
        }
    }

    /** Nothing destructive, not online, 5 s lock timeout. */
    public static PlannerOptions defaults() {
        return new PlannerOptions(false, false, DEFAULT_LOCK_TIMEOUT);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().allowDestructive(allowDestructive).online(online).lockTimeout(lockTimeout);
    }

    /** Builds {@link PlannerOptions}; unset values are the defaults. */
    public static final class Builder {
        private boolean allowDestructive;
        private boolean online;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

        private Builder() {
        }

        public Builder allowDestructive(boolean allow) {
            this.allowDestructive = allow;
            return this;
        }

        public Builder online(boolean preferOnline) {
            this.online = preferOnline;
            return this;
        }

        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout, "lockTimeout");
            return this;
        }

        public PlannerOptions build() {
            return new PlannerOptions(allowDestructive, online, lockTimeout);
        }
    }
}
