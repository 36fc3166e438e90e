package org.schemadiscovery.api.support;

import java.sql.SQLException;
import java.util.Objects;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.IndexDiscovery;

/**
 * An {@link IndexDiscovery} whose work is done by the dialect's own session, as in every dialect here: the provider
 * names its dialect, takes the session back as its own ({@link Sessions#own}) and asks it.
 *
 * <pre>{@code
 * @AutoService(IndexDiscovery.class)
 * public final class PostgresIndexDiscovery extends SessionIndexDiscovery<PgSession> {
 *     public PostgresIndexDiscovery() {
 *         super(PostgresDialect.ID, PgSession.class, PgSession::indexes);
 *     }
 * }
 * }</pre>
 *
 * @param <S> the dialect's session type
 */
public abstract class SessionIndexDiscovery<S extends DiscoverySession> implements IndexDiscovery {
    private final String dialect;
    private final Class<S> sessionType;
    private final SessionRead<S, IndexInfo> read;

    /**
     * @param dialect     the dialect id, the same as the strategy's
     * @param sessionType the session type the dialect's strategy opens
     * @param read        reads the indexes on that session
     */
    protected SessionIndexDiscovery(String dialect, Class<S> sessionType, SessionRead<S, IndexInfo> read) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.sessionType = Objects.requireNonNull(sessionType, "sessionType");
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public final String dialect() {
        return dialect;
    }

    @Override
    public final Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
        return read.read(Sessions.own(session, sessionType, dialect), scope);
    }
}
