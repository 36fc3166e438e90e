package org.schemadiscovery.dialect.sqlite;

import com.google.auto.service.AutoService;
import java.sql.SQLException;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.dialect.sqlite.catalog.ConstraintAssembler;

/**
 * SQLite constraints: keys and foreign keys from the pragmas, names, CHECKs, MATCH and DEFERRABLE from the stored
 * {@code CREATE TABLE}. Stateless and thread-safe.
 */
@AutoService(ConstraintDiscovery.class)
public final class SqliteConstraintDiscovery implements ConstraintDiscovery {
    /** For {@link java.util.ServiceLoader}. */
    public SqliteConstraintDiscovery() {
    }

    @Override
    public String dialect() {
        return SqliteDiscoveryStrategy.DIALECT;
    }

    @Override
    public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
            throws SQLException {
        return ConstraintAssembler.constraints(SqliteSession.of(session).snapshot(scope));
    }
}
