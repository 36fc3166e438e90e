package org.schemadiscovery.api.spi;

/** How a snapshot cache answered a lookup, as {@link DiscoveryListener#cacheLookup} reports it. */
public enum CacheOutcome {
    /** The cached snapshot was still current: no discovery. */
    HIT,
    /** Some tables changed: only those were read again. */
    PARTIAL,
    /** Nothing usable was cached: a full discovery. */
    MISS
}
