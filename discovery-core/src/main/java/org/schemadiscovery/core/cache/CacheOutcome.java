package org.schemadiscovery.core.cache;

/** What the cache did for one discovery. */
public enum CacheOutcome {
    /** The stored snapshot was served: only the fingerprint statements ran. */
    HIT,
    /** Nothing usable was stored (none, another fingerprint, unreadable): discovered and stored. */
    MISS,
    /** The store was bypassed on request ({@code --refresh}): discovered and stored. */
    REFRESH,
    /** The dialect cannot take a fingerprint (the generic fallback): discovered, never stored. */
    UNCACHEABLE
}
