package org.schemadiscovery.dialect.postgresql;

import com.google.auto.service.AutoService;
import java.sql.SQLException;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.dialect.postgresql.catalog.PgSession;

/**
 * Constraints of every table in scope, with one query: primary keys, UNIQUE (with NULLS NOT DISTINCT), CHECK,
 * foreign keys (match type, actions, deferral, NOT VALID) and EXCLUDE constraints. Stateless.
 */
@AutoService(ConstraintDiscovery.class)
public final class PostgresConstraintDiscovery implements ConstraintDiscovery {
    @Override
    public String dialect() {
        return PostgresDialect.ID;
    }

    @Override
    public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
            throws SQLException {
        return pg(session).constraints(scope);
    }

    static PgSession pg(DiscoverySession session) {
        if (session instanceof PgSession pg) {
            return pg;
        }
        throw new IllegalArgumentException("not a PostgreSQL session: "
                + (session == null ? "null" : session.getClass().getName()));
    }
}
