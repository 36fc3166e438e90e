package org.schemadiscovery.api.support;

import java.sql.SQLException;
import java.util.Objects;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.ConstraintDiscovery;

/**
 * An {@link ConstraintDiscovery} whose work is done by the dialect's own session, as in every dialect here: the provider
 * names its dialect, takes the session back as its own ({@link Sessions#own}) and asks it.
 *
 * <pre>{@code
 * @AutoService(ConstraintDiscovery.class)
 * public final class PostgresConstraintDiscovery extends SessionConstraintDiscovery<PgSession> {
 *     public PostgresConstraintDiscovery() {
 *         super(PostgresDialect.ID, PgSession.class, PgSession::constraints);
 *     }
 * }
 * }</pre>
 *
 * @param <S> the dialect's session type
 */
public abstract class SessionConstraintDiscovery<S extends DiscoverySession> implements ConstraintDiscovery {
    private final String dialect;
    private final Class<S> sessionType;
    private final SessionRead<S, ConstraintInfo> read;

    /**
     * @param dialect     the dialect id, the same as the strategy's
     * @param sessionType the session type the dialect's strategy opens
     * @param read        reads the constraints on that session
     */
    protected SessionConstraintDiscovery(String dialect, Class<S> sessionType, SessionRead<S, ConstraintInfo> read) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.sessionType = Objects.requireNonNull(sessionType, "sessionType");
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public final String dialect() {
        return dialect;
    }

    @Override
    public final Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
            throws SQLException {
        return read.read(Sessions.own(session, sessionType, dialect), scope);
    }
}
