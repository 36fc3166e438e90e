package org.schemadiscovery.core.run;

import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forwards to the caller's listener; a listener that throws is logged, never allowed to fail the run. */
public final class SafeListener implements DiscoveryListener {
    private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);
    private final DiscoveryListener delegate;

    /** Guards {@code delegate} (null for none). */
    public SafeListener(DiscoveryListener delegate) {
        this.delegate = delegate == null ? DiscoveryListener.NONE : delegate;
    }

    @Override
    public void phaseStarted(String phase) {
        guard(() -> delegate.phaseStarted(phase));
    }

    @Override
    public void phaseFinished(String phase, int items) {
        guard(() -> delegate.phaseFinished(phase, items));
    }

    @Override
    public void warning(DiscoveryWarning warning) {
        guard(() -> delegate.warning(warning));
    }

    @Override
    public void retrying(String phase, int attempt, Exception cause) {
        guard(() -> delegate.retrying(phase, attempt, cause));
    }

    @Override
    public void discoveryFinished(DatabaseIdentity identity, DiscoveryMetrics metrics) {
        guard(() -> delegate.discoveryFinished(identity, metrics));
    }

    @Override
    public void discoveryFailed(String dialect, ErrorClass errorClass, long nanos) {
        guard(() -> delegate.discoveryFailed(dialect, errorClass, nanos));
    }

    @Override
    public void fingerprintTaken(String dialect, long nanos) {
        guard(() -> delegate.fingerprintTaken(dialect, nanos));
    }

    @Override
    public void cacheLookup(String dialect, CacheOutcome outcome) {
        guard(() -> delegate.cacheLookup(dialect, outcome));
    }

    @Override
    public void cacheLookup(String dialect, CacheOutcome outcome, int tablesReread) {
        guard(() -> delegate.cacheLookup(dialect, outcome, tablesReread));
    }

    @Override
    public void driftDetected(String dialect, int changes) {
        guard(() -> delegate.driftDetected(dialect, changes));
    }

    private static void guard(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("error", e.toString()).log("discovery listener failed");
        }
    }
}
