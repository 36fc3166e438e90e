package org.schemadiscovery.core.cache;

import java.util.Objects;
import java.util.Optional;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * A stored snapshot with the fingerprint taken before it was discovered: the snapshot is served again only while
 * the database's fingerprint is the same. An entry a store read from bytes keeps them ({@link #stored()}) and parses
 * the model only when {@link #snapshot()} is first called. Entries are equal when their fingerprint, model and token
 * are.
 */
public final class CacheEntry {
    private final SchemaFingerprint fingerprint;
    private final SchemaInfo snapshot;
    private final StoredSnapshot stored;
    private final Optional<String> token;

    /**
     * @param fingerprint the fingerprint taken before the discovery
     * @param snapshot    the discovered model
     * @param token       the dialect's fingerprint token read with that fingerprint (see
     *                    {@link org.schemadiscovery.api.spi.DiscoverySession#fingerprintToken}): while the database's
     *                    token is the same, the fingerprint is too and is not taken again; empty when there was none
     */
    public CacheEntry(SchemaFingerprint fingerprint, SchemaInfo snapshot, Optional<String> token) {
        this(fingerprint, Objects.requireNonNull(snapshot, "snapshot"), null, token);
    }

    /** An entry without a token: only the fingerprint tells whether it is current. */
    public CacheEntry(SchemaFingerprint fingerprint, SchemaInfo snapshot) {
        this(fingerprint, snapshot, Optional.empty());
    }

    private CacheEntry(SchemaFingerprint fingerprint, SchemaInfo snapshot, StoredSnapshot stored,
                       Optional<String> token) {
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.snapshot = snapshot;
        this.stored = stored;
        this.token = Objects.requireNonNull(token, "token");
    }

    /** An entry read from a store's bytes: the model is parsed from {@code stored} when first asked for. */
    public static CacheEntry stored(SchemaFingerprint fingerprint, StoredSnapshot stored, Optional<String> token) {
        return new CacheEntry(fingerprint, null, Objects.requireNonNull(stored, "stored"), token);
    }

    /** The fingerprint taken before the discovery. */
    public SchemaFingerprint fingerprint() {
        return fingerprint;
    }

    /** The discovered model (parsed now when the entry was read from bytes and nobody asked before). */
    public SchemaInfo snapshot() {
        return snapshot != null ? snapshot : stored.schema();
    }

    /** The snapshot's stored JSON, when a store read the entry from bytes. */
    public Optional<StoredSnapshot> stored() {
        return Optional.ofNullable(stored);
    }

    /** The fingerprint token read with the fingerprint, if any. */
    public Optional<String> token() {
        return token;
    }

    /** This entry with another token (the fingerprint and snapshot unchanged). */
    public CacheEntry withToken(Optional<String> newToken) {
        return new CacheEntry(fingerprint, snapshot, stored, newToken);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheEntry e && fingerprint.equals(e.fingerprint) && token.equals(e.token)
                && snapshot().equals(e.snapshot());
    }

    @Override
    public int hashCode() {
        return Objects.hash(fingerprint, snapshot(), token);
    }

    @Override
    public String toString() {
        return "CacheEntry[fingerprint=" + fingerprint.digest() + ", token=" + token.orElse("none")
                + (snapshot != null ? ", snapshot of " + snapshot.tables().size() + " tables"
                        : ", stored snapshot of " + stored.length() + " bytes") + "]";
    }
}
