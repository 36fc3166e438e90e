package org.schemadiscovery.api.support;

import java.sql.SQLException;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;

/**
 * One phase read by a dialect's own session, e.g. {@code PgSession::indexes}.
 *
 * @param <S> the dialect's session type
 * @param <T> what the phase reads
 */
@FunctionalInterface
public interface SessionRead<S extends DiscoverySession, T> {
    /** Reads the phase for every object in scope. */
    Discovered<T> read(S session, DiscoveryScope scope) throws SQLException;
}
