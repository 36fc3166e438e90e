package org.schemadiscovery.dialect.mysql;

import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.support.SessionConstraintDiscovery;
import org.schemadiscovery.dialect.mysql.catalog.MysqlSession;

/**
 * Primary keys, unique constraints, foreign keys (with their actions) and CHECK constraints of every table in scope,
 * from {@code TABLE_CONSTRAINTS}, {@code KEY_COLUMN_USAGE}, {@code REFERENTIAL_CONSTRAINTS} and
 * {@code CHECK_CONSTRAINTS}, one statement each. Stateless.
 */
@AutoService(ConstraintDiscovery.class)
public final class MysqlConstraintDiscovery extends SessionConstraintDiscovery<MysqlSession> {
    /** For {@link java.util.ServiceLoader}. */
    public MysqlConstraintDiscovery() {
        super(MysqlDialect.ID, MysqlSession.class, MysqlSession::constraints);
    }
}
