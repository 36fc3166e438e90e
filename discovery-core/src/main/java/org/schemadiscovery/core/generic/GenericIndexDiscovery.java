package org.schemadiscovery.core.generic;

import java.sql.SQLException;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.IndexDiscovery;

/** Indexes through {@code DatabaseMetaData.getIndexInfo}, one call per table (JDBC requires a table name). */
public final class GenericIndexDiscovery implements IndexDiscovery {
    @Override
    public String dialect() {
        return GenericStrategy.ID;
    }

    @Override
    public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
        GenericCatalog catalog = session instanceof GenericSession g ? g.catalog()
                : new GenericCatalog(session.connection());
        return Discovered.of(catalog.indexes().stream()
                .filter(i -> scope.includesSchema(i.table().schema())).toList());
    }
}
