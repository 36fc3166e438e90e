package org.schemadiscovery.dialect.sqlite;

import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.support.SessionConstraintDiscovery;
import org.schemadiscovery.dialect.sqlite.catalog.SqliteSession;

/**
 * SQLite constraints: keys and foreign keys from the pragmas, names, CHECKs, MATCH and DEFERRABLE from the stored
 * {@code CREATE TABLE}. Stateless and thread-safe.
 */
@AutoService(ConstraintDiscovery.class)
public final class SqliteConstraintDiscovery extends SessionConstraintDiscovery<SqliteSession> {
    /** For {@link java.util.ServiceLoader}. */
    public SqliteConstraintDiscovery() {
        super(SqliteDialect.ID, SqliteSession.class, SqliteSession::constraints);
    }
}
