package org.schemadiscovery.core.cache;

import java.util.Objects;
import java.util.Optional;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * A stored snapshot with the fingerprint taken before it was discovered: the snapshot is served again only while
 * the database's fingerprint is the same.
 *
 * @param fingerprint the fingerprint taken before the discovery
 * @param snapshot    the discovered model
 * @param token       the dialect's fingerprint token read with that fingerprint (see
 *                    {@link org.schemadiscovery.api.spi.DiscoverySession#fingerprintToken}): while the database's
 *                    token is the same, the fingerprint is too and is not taken again; empty when there was none
 */
public record CacheEntry(SchemaFingerprint fingerprint, SchemaInfo snapshot, Optional<String> token) {
    public CacheEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(token, "token");
    }

    /** An entry without a token: only the fingerprint tells whether it is current. */
    public CacheEntry(SchemaFingerprint fingerprint, SchemaInfo snapshot) {
        this(fingerprint, snapshot, Optional.empty());
    }

    /** This entry with another token (the fingerprint and snapshot unchanged). */
    public CacheEntry withToken(Optional<String> newToken) {
        return new CacheEntry(fingerprint, snapshot, newToken);
    }
}
