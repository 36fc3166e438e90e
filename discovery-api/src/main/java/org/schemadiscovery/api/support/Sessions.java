package org.schemadiscovery.api.support;

import org.schemadiscovery.api.spi.DiscoverySession;

/** What a dialect's index and constraint services do first: take the session back as the one their strategy opened. */
public final class Sessions {
    private Sessions() {
    }

    /**
     * The session as the dialect's own type. Core always hands a service the session its dialect's strategy opened,
     * so anything else is a programming error.
     *
     * <pre>{@code
     * PgSession pg = Sessions.own(session, PgSession.class, PostgresDialect.ID);
     * }</pre>
     *
     * @throws IllegalArgumentException naming the dialect and the session's class when it is another one (or null)
     */
    public static <S extends DiscoverySession> S own(DiscoverySession session, Class<S> type, String dialect) {
        if (type.isInstance(session)) {
            return type.cast(session);
        }
        throw new IllegalArgumentException("the " + dialect + " dialect needs a session opened by its own strategy, not "
                + (session == null ? "null" : session.getClass().getName()));
    }
}
