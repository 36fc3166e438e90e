package org.schemadiscovery.core.run;

import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Forwards to the caller's listener; a listener that throws is logged, never allowed to fail the run. */
final class SafeListener implements DiscoveryListener {
    private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);
    private final DiscoveryListener delegate;

    SafeListener(DiscoveryListener delegate) {
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

    private static void guard(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.atWarn().addKeyValue("error", e.toString()).log("discovery listener failed");
        }
    }
}
