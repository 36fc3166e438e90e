package org.schemadiscovery.core.cache;

import java.util.List;
import java.util.Objects;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.CacheOutcome;

/**
 * A discovery through a cache.
 *
 * @param schema       the model: the stored one on a hit (with the fingerprint run's metrics), the stored one with
 *                     the changed tables read again on a partial reread (with that run's metrics), else a fresh
 *                     discovery's
 * @param outcome      hit, partial, miss, refresh or uncacheable
 * @param warnings     problems with the store (unreachable, unreadable or corrupt entry), each of which made a miss
 * @param tablesReread on {@link CacheOutcome#PARTIAL}, how many tables and views were read again; else 0
 * @param fullReason   on a miss although an entry was stored, why it was not updated by a partial reread; else null
 */
public record CachedDiscovery(SchemaInfo schema, CacheOutcome outcome, List<String> warnings, int tablesReread,
                             String fullReason) {
    public CachedDiscovery {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(outcome, "outcome");
        warnings = List.copyOf(warnings);
    }

    /** A discovery that read no table again selectively (hit, miss, refresh, uncacheable). */
    public CachedDiscovery(SchemaInfo schema, CacheOutcome outcome, List<String> warnings) {
        this(schema, outcome, warnings, 0, null);
    }
}
