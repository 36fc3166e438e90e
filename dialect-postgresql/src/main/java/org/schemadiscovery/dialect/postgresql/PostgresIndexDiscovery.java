package org.schemadiscovery.dialect.postgresql;

import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.support.SessionIndexDiscovery;
import org.schemadiscovery.dialect.postgresql.catalog.PgSession;

/**
 * Indexes of every table and materialized view in scope, with one query: method, key columns and expressions in
 * order with sort order, NULLS placement, non-default operator classes and collations, INCLUDE columns, partial
 * predicate, uniqueness and NULLS NOT DISTINCT, the constraint an index backs, valid/ready flags, and the parent
 * index of a partition's index. Stateless.
 */
@AutoService(IndexDiscovery.class)
public final class PostgresIndexDiscovery extends SessionIndexDiscovery<PgSession> {
    /** For {@link java.util.ServiceLoader}. */
    public PostgresIndexDiscovery() {
        super(PostgresDialect.ID, PgSession.class, PgSession::indexes);
    }
}
