package org.schemadiscovery.api.spi;

/** How a snapshot cache answered a lookup, as {@link DiscoveryListener#cacheLookup} reports it. */
public enum CacheOutcome {
    /** The stored snapshot was still current: only the fingerprint statements ran. */
    HIT,
    /** Some tables changed: only those were read again. */
    PARTIAL,
    /** Nothing usable was stored (none, another fingerprint, unreadable): discovered and stored. */
    MISS,
    /** The store was bypassed on request ({@code --refresh}): discovered and stored. */
    REFRESH,
    /** The dialect cannot take a fingerprint (the generic fallback): discovered, never stored. */
    UNCACHEABLE
}
