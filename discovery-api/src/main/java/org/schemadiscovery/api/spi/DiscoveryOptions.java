package org.schemadiscovery.api.spi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How to run discovery: scope, overall deadline, per-statement timeout and retry policy.
 *
 * <pre>{@code
 * DiscoveryOptions options = DiscoveryOptions.builder()
 *     .includeSchema("app_*").excludeSchema("app_audit")
 *     .timeout(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 *
 * @param scope            schemas and object kinds
 * @param timeout          the whole run must end within this, or fail with a timeout
 * @param statementTimeout timeout of one catalog statement (doubled on its single retry)
 * @param maxReconnects    reconnect attempts after a broken connection
 * @param initialBackoff   first reconnect delay, doubled each attempt
 * @param maxConnections   connections a run may hold at once, at least 1: with 2 or more (the default is 2) and a
 *                         DataSource or URL, a dialect may read independent catalog queries on a second connection
 *                         in the same snapshot; 1 keeps every statement on one connection
 */
public record DiscoveryOptions(DiscoveryScope scope, Duration timeout, Duration statementTimeout, int maxReconnects,
                               Duration initialBackoff, int maxConnections) {
    public DiscoveryOptions {
        Objects.requireNonNull(scope, "scope");
        requirePositive(timeout, "timeout");
        requirePositive(statementTimeout, "statementTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must not be negative: " + initialBackoff);
        }
        if (maxReconnects < 0) {
            throw new IllegalArgumentException("maxReconnects must be >= 0: " + maxReconnects);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be >= 1: " + maxConnections);
        }
    }

    /**
     * Options as the first API version had them, with up to 2 connections at once; kept so that code compiled against
     * that version still links.
     */
    public DiscoveryOptions(DiscoveryScope scope, Duration timeout, Duration statementTimeout, int maxReconnects,
                            Duration initialBackoff) {
        this(scope, timeout, statementTimeout, maxReconnects, initialBackoff, 2);
    }

    /**
     * Defaults: every schema and kind, 10 minutes overall, 30 s per statement, 3 reconnects from 100 ms, up to 2
     * connections at once.
     */
    public static DiscoveryOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    /** Builds {@link DiscoveryOptions}. Not thread-safe. */
    public static final class Builder {
        private final List<String> include = new ArrayList<>();
        private final List<String> exclude = new ArrayList<>();
        private Set<ObjectKind> kinds = EnumSet.allOf(ObjectKind.class);
        private Duration timeout = Duration.ofMinutes(10);
        private Duration statementTimeout = Duration.ofSeconds(30);
        private int maxReconnects = 3;
        private Duration initialBackoff = Duration.ofMillis(100);
        private int maxConnections = 2;

        private Builder() {
        }

        /** Adds a schema glob to include. */
        public Builder includeSchema(String pattern) {
            include.add(Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /** Adds a schema glob to exclude. */
        public Builder excludeSchema(String pattern) {
            exclude.add(Objects.requireNonNull(pattern, "pattern"));
            return this;
        }

        /** Restricts the object kinds. */
        public Builder kinds(Set<ObjectKind> newKinds) {
            this.kinds = EnumSet.copyOf(Objects.requireNonNull(newKinds, "kinds"));
            return this;
        }

        /** Overall deadline of the run. */
        public Builder timeout(Duration newTimeout) {
            this.timeout = Objects.requireNonNull(newTimeout, "timeout");
            return this;
        }

        /** Per-statement timeout. */
        public Builder statementTimeout(Duration newTimeout) {
            this.statementTimeout = Objects.requireNonNull(newTimeout, "statementTimeout");
            return this;
        }

        /** Reconnect attempts after a broken connection. */
        public Builder maxReconnects(int attempts) {
            this.maxReconnects = attempts;
            return this;
        }

        /** First reconnect delay. */
        public Builder initialBackoff(Duration backoff) {
            this.initialBackoff = Objects.requireNonNull(backoff, "initialBackoff");
            return this;
        }

        /** Connections a run may hold at once (default 2; 1 keeps every statement on one connection). */
        public Builder maxConnections(int connections) {
            this.maxConnections = connections;
            return this;
        }

        /** The options. */
        public DiscoveryOptions build() {
            return new DiscoveryOptions(new DiscoveryScope(include, exclude, kinds), timeout, statementTimeout,
                    maxReconnects, initialBackoff, maxConnections);
        }
    }
}
