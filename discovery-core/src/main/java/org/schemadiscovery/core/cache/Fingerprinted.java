package org.schemadiscovery.core.cache;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * The outcome of {@code SchemaDiscovery.fingerprint(...)}: which database and dialect, and the dialect's fingerprint
 * of the scope (empty for a dialect that cannot take one, such as the generic fallback).
 *
 * @param identity       the identified database, attributed to the dialect that took the fingerprint
 * @param user           the user name the connection reports (the role whose view was fingerprinted), or null
 * @param fingerprint    the fingerprint, or empty
 * @param token          the dialect's fingerprint token read before it (see
 *                       {@link org.schemadiscovery.api.spi.DiscoverySession#fingerprintToken}), or empty
 * @param statementTexts every SQL text the run sent, in order (how many and which: tests count them)
 * @param nanos          how long the run took
 */
public record Fingerprinted(DatabaseIdentity identity, String user, Optional<SchemaFingerprint> fingerprint,
                            Optional<String> token, List<String> statementTexts, long nanos) {
    public Fingerprinted {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(token, "token");
        statementTexts = List.copyOf(statementTexts);
    }

    /** A fingerprint taken without a token. */
    public Fingerprinted(DatabaseIdentity identity, String user, Optional<SchemaFingerprint> fingerprint,
                         List<String> statementTexts, long nanos) {
        this(identity, user, fingerprint, Optional.empty(), statementTexts, nanos);
    }
}
