package org.schemadiscovery.api.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.schemadiscovery.api.exception.DiscoveryTimeoutException;
import org.schemadiscovery.api.model.DatabaseIdentity;

/**
 * What a dialect session works with.
 *
 * @param connections      the connection source (core's counting connections)
 * @param identity         the identified database
 * @param options          the run's options
 * @param deadline         instant by which the whole run must end
 * @param statementTimeout timeout to apply to the next statements (larger on a retry)
 * @param listener         progress listener
 * @param executor         where helper work such as {@link org.schemadiscovery.api.support.SecondConnection} runs
 *                         (the caller's {@code SchemaDiscovery.builder().executor(...)}), or null for a new daemon
 *                         thread per task
 */
public record DiscoveryContext(ConnectionSource connections, DatabaseIdentity identity, DiscoveryOptions options,
                               Instant deadline, Duration statementTimeout, DiscoveryListener listener,
                               Executor executor) {
    public DiscoveryContext {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        listener = listener == null ? DiscoveryListener.NONE : listener;
    }

    /**
     * The canonical constructor before {@code executor} was added: helper work runs on threads of its own.
     *
     * @deprecated pass the executor (null for threads of its own)
     */
    @Deprecated(since = "0.1.0")
    public DiscoveryContext(ConnectionSource connections, DatabaseIdentity identity, DiscoveryOptions options,
                            Instant deadline, Duration statementTimeout, DiscoveryListener listener) {
        this(connections, identity, options, deadline, statementTimeout, listener, null);
    }

    /** The scope of the run. */
    public DiscoveryScope scope() {
        return options.scope();
    }

    /** Time left before the deadline, never negative. */
    public Duration remaining() {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Statement timeout in whole seconds (at least 1), capped by the time left, for {@code setQueryTimeout}. */
    public int queryTimeoutSeconds() {
        long seconds = Math.min(statementTimeout.toSeconds(), remaining().toSeconds());
        return (int) Math.max(1, seconds);
    }

    /**
     * Throws when the deadline has passed.
     *
     * @throws DiscoveryTimeoutException when past the deadline
     */
    public void checkDeadline() {
        if (Instant.now().isAfter(deadline)) {
            throw new DiscoveryTimeoutException("discovery exceeded its deadline of " + options.timeout());
        }
    }

    /** The same context with another statement timeout. */
    public DiscoveryContext withStatementTimeout(Duration timeout) {
        return new DiscoveryContext(connections, identity, options, deadline, timeout, listener, executor);
    }
}
