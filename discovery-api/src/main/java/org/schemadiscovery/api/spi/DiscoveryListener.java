package org.schemadiscovery.api.spi;

import org.schemadiscovery.api.model.DiscoveryWarning;

/**
 * Follows a discovery run, e.g. to print progress. Called on the discovering thread; must not block for long.
 * Every method has an empty default.
 */
public interface DiscoveryListener {
    /** A listener that ignores everything. */
    DiscoveryListener NONE = new DiscoveryListener() {
    };

    /** A phase (e.g. {@code tables}, {@code indexes}) starts. */
    default void phaseStarted(String phase) {
    }

    /**
     * A phase ended.
     *
     * @param phase the phase
     * @param items objects it produced
     */
    default void phaseFinished(String phase, int items) {
    }

    /** A warning was recorded. */
    default void warning(DiscoveryWarning warning) {
    }

    /**
     * A phase is about to be retried.
     *
     * @param phase   the phase
     * @param attempt 1 for the first retry
     * @param cause   what failed
     */
    default void retrying(String phase, int attempt, Exception cause) {
    }
}
