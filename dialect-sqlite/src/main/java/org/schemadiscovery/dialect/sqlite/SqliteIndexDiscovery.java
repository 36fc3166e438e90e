package org.schemadiscovery.dialect.sqlite;

import com.google.auto.service.AutoService;
import java.sql.SQLException;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.dialect.sqlite.catalog.IndexAssembler;

/**
 * SQLite indexes from {@code pragma_index_list}/{@code pragma_index_xinfo} in one join, with partial predicates and
 * expression keys from the stored {@code CREATE INDEX}. Stateless and thread-safe.
 */
@AutoService(IndexDiscovery.class)
public final class SqliteIndexDiscovery implements IndexDiscovery {
    /** For {@link java.util.ServiceLoader}. */
    public SqliteIndexDiscovery() {
    }

    @Override
    public String dialect() {
        return SqliteDiscoveryStrategy.DIALECT;
    }

    @Override
    public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
        return IndexAssembler.indexes(SqliteSession.of(session).snapshot(scope));
    }
}
