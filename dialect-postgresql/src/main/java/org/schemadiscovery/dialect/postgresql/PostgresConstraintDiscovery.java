package org.schemadiscovery.dialect.postgresql;

import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.support.SessionConstraintDiscovery;
import org.schemadiscovery.dialect.postgresql.catalog.PgSession;

/**
 * Constraints of every table in scope, with one query: primary keys, UNIQUE (with NULLS NOT DISTINCT), CHECK,
 * foreign keys (match type, actions, deferral, NOT VALID) and EXCLUDE constraints. Stateless.
 */
@AutoService(ConstraintDiscovery.class)
public final class PostgresConstraintDiscovery extends SessionConstraintDiscovery<PgSession> {
    /** For {@link java.util.ServiceLoader}. */
    public PostgresConstraintDiscovery() {
        super(PostgresDialect.ID, PgSession.class, PgSession::constraints);
    }
}
