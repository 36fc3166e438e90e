package org.schemadiscovery.dialect.postgresql;

import com.google.auto.service.AutoService;
import java.sql.SQLException;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.dialect.postgresql.catalog.PgSession;

/**
 * Indexes of every table and materialized view in scope, with one query: method, key columns and expressions in
 * order with sort order, NULLS placement, non-default operator classes and collations, INCLUDE columns, partial
 * predicate, uniqueness and NULLS NOT DISTINCT, the constraint an index backs, valid/ready flags, and the parent
 * index of a partition's index. Stateless.
 */
@AutoService(IndexDiscovery.class)
public final class PostgresIndexDiscovery implements IndexDiscovery {
    @Override
    public String dialect() {
        return PostgresDialect.ID;
    }

    @Override
    public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
        return PostgresConstraintDiscovery.pg(session).indexes(scope);
    }
}
