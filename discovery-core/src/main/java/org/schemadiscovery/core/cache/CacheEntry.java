package org.schemadiscovery.core.cache;

import java.util.Objects;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * A stored snapshot with the fingerprint taken before it was discovered: the snapshot is served again only while
 * the database's fingerprint is the same.
 *
 * @param fingerprint the fingerprint taken before the discovery
 * @param snapshot    the discovered model
 */
public record CacheEntry(SchemaFingerprint fingerprint, SchemaInfo snapshot) {
    public CacheEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
