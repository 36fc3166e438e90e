package org.schemadiscovery.core.cache;

import java.util.List;
import java.util.Objects;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.CacheOutcome;

/**
 * A discovery through a cache.
 *
 * @param schema   the model: the stored one on a hit (with the fingerprint run's metrics), else a fresh discovery's
 * @param outcome  hit, miss, refresh or uncacheable
 * @param warnings problems with the store (unreachable, unreadable or corrupt entry), each of which made a miss
 */
public record CachedDiscovery(SchemaInfo schema, CacheOutcome outcome, List<String> warnings) {
    public CachedDiscovery {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(outcome, "outcome");
        warnings = List.copyOf(warnings);
    }
}
