package org.schemadiscovery.dialect.mysql;

import com.google.auto.service.AutoService;
import java.sql.SQLException;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;

/**
 * Primary keys, unique constraints, foreign keys (with their actions) and CHECK constraints of every table in scope,
 * from {@code TABLE_CONSTRAINTS}, {@code KEY_COLUMN_USAGE}, {@code REFERENTIAL_CONSTRAINTS} and
 * {@code CHECK_CONSTRAINTS}, one statement each. Stateless.
 */
@AutoService(ConstraintDiscovery.class)
public final class MysqlConstraintDiscovery implements ConstraintDiscovery {
    @Override
    public String dialect() {
        return MysqlDialect.ID;
    }

    @Override
    public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
            throws SQLException {
        return MysqlIndexDiscovery.mysql(session).constraints(scope);
    }
}
