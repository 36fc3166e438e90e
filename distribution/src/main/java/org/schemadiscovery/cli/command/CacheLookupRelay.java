package org.schemadiscovery.cli.command;

import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.api.spi.DiscoveryListener;

/**
 * Passes every event to the run's listener (progress, or none) and tells the {@code --cache} store how its lookup
 * ended, so that {@code --metrics} can say "partial (n tables reread)".
 */
final class CacheLookupRelay implements DiscoveryListener {
    private final DiscoveryListener delegate;
    private final ReportingCache cache;

    CacheLookupRelay(DiscoveryListener delegate, ReportingCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public void cacheLookup(String dialect, CacheOutcome outcome, int tablesReread) {
        cache.lookedUp(outcome, tablesReread);
        delegate.cacheLookup(dialect, outcome, tablesReread);
    }

    @Override
    public void cacheLookup(String dialect, CacheOutcome outcome) {
        delegate.cacheLookup(dialect, outcome);
    }

    @Override
    public void phaseStarted(String phase) {
        delegate.phaseStarted(phase);
    }

    @Override
    public void phaseFinished(String phase, int items) {
        delegate.phaseFinished(phase, items);
    }

    @Override
    public void warning(DiscoveryWarning warning) {
        delegate.warning(warning);
    }

    @Override
    public void retrying(String phase, int attempt, Exception cause) {
        delegate.retrying(phase, attempt, cause);
    }

    @Override
    public void discoveryFinished(DatabaseIdentity identity, DiscoveryMetrics metrics) {
        delegate.discoveryFinished(identity, metrics);
    }

    @Override
    public void discoveryFailed(String dialect, ErrorClass errorClass, long nanos) {
        delegate.discoveryFailed(dialect, errorClass, nanos);
    }

    @Override
    public void fingerprintTaken(String dialect, long nanos) {
        delegate.fingerprintTaken(dialect, nanos);
    }

    @Override
    public void driftDetected(String dialect, int changes) {
        delegate.driftDetected(dialect, changes);
    }
}
