package org.schemadiscovery.dialect.sqlite;

import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.support.SessionIndexDiscovery;
import org.schemadiscovery.dialect.sqlite.catalog.SqliteSession;

/**
 * SQLite indexes from {@code pragma_index_list}/{@code pragma_index_xinfo} in one join, with partial predicates and
 * expression keys from the stored {@code CREATE INDEX}. Stateless and thread-safe.
 */
@AutoService(IndexDiscovery.class)
public final class SqliteIndexDiscovery extends SessionIndexDiscovery<SqliteSession> {
    /** For {@link java.util.ServiceLoader}. */
    public SqliteIndexDiscovery() {
        super(SqliteDialect.ID, SqliteSession.class, SqliteSession::indexes);
    }
}
