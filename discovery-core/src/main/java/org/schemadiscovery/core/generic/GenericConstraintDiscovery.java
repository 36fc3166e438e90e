package org.schemadiscovery.core.generic;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;

/** Primary and foreign keys through {@code getPrimaryKeys}/{@code getImportedKeys} (JDBC exposes no others). */
public final class GenericConstraintDiscovery implements ConstraintDiscovery {
    @Override
    public String dialect() {
        return GenericStrategy.ID;
    }

    @Override
    public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
            throws SQLException {
        GenericCatalog catalog = session instanceof GenericSession g ? g.catalog()
                : new GenericCatalog(session.connection());
        List<ConstraintInfo> all = new ArrayList<>(catalog.primaryKeys().values());
        all.addAll(catalog.foreignKeys());
        return Discovered.of(all.stream().filter(c -> scope.includesSchema(c.table().schema())).toList());
    }
}
