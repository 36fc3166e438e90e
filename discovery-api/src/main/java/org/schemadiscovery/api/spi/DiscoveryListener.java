package org.schemadiscovery.api.spi;

import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;

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

    /**
     * A discovery ended with a result.
     *
     * @param identity the database, attributed to the dialect that read it
     * @param metrics  what the run cost, phase by phase
     */
    default void discoveryFinished(DatabaseIdentity identity, DiscoveryMetrics metrics) {
    }

    /**
     * A discovery failed.
     *
     * @param dialect    the dialect that was reading, or null when it failed before one was chosen
     * @param errorClass what kind of failure
     * @param nanos      how long it ran
     */
    default void discoveryFailed(String dialect, ErrorClass errorClass, long nanos) {
    }

    /**
     * A schema fingerprint was taken (a health check, a watch poll, a cache lookup).
     *
     * @param dialect the dialect that took it
     * @param nanos   how long it took
     */
    default void fingerprintTaken(String dialect, long nanos) {
    }

    /**
     * A snapshot cache answered a lookup.
     *
     * @param dialect the dialect of the schema looked up
     * @param outcome hit, partial (only changed tables reread) or miss
     */
    default void cacheLookup(String dialect, CacheOutcome outcome) {
    }

    /**
     * A snapshot cache answered a lookup, with how many tables and views a partial reread read again. Core calls
     * this one; the default passes the lookup on to {@link #cacheLookup(String, CacheOutcome)}.
     *
     * @param dialect      the dialect of the schema looked up
     * @param outcome      hit, partial, miss, refresh or uncacheable
     * @param tablesReread on {@link CacheOutcome#PARTIAL}, the tables and views read again; else 0
     */
    default void cacheLookup(String dialect, CacheOutcome outcome, int tablesReread) {
        cacheLookup(dialect, outcome);
    }

    /**
     * A watched schema drifted: a non-empty difference was found.
     *
     * @param dialect the dialect
     * @param changes how many changes
     */
    default void driftDetected(String dialect, int changes) {
    }
}
