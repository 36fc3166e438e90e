package org.schemadiscovery.core.cache;

import java.util.Optional;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * What a cache already knows when a fingerprint is about to be taken: asked once the database is identified and its
 * fingerprint token read, it answers the fingerprint stored under that same token, which then stands for the
 * current one (equal tokens imply equal fingerprints) and the dialect's fingerprint statements are skipped.
 */
@FunctionalInterface
public interface KnownFingerprints {
    /** Knows nothing: every fingerprint is taken. */
    KnownFingerprints NONE = (identity, user, token) -> Optional.empty();

    /**
     * Told once the database is identified and the connection's user known, before the token is read: a cache may
     * start reading the entry it is about to be asked for (see {@link #forToken}). The default ignores it.
     *
     * @param identity the identified database, attributed to the dialect
     * @param user     the user name the connection reports, or null
     */
    default void identified(DatabaseIdentity identity, String user) {
    }

    /**
     * @param identity the identified database, attributed to the dialect
     * @param user     the user name the connection reports, or null
     * @param token    the token just read
     * @return the fingerprint stored with this token, or empty
     */
    Optional<SchemaFingerprint> forToken(DatabaseIdentity identity, String user, String token);
}
