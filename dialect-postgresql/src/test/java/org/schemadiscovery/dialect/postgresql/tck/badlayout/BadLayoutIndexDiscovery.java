package org.schemadiscovery.dialect.postgresql.tck.badlayout;

import java.sql.SQLException;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresIndexDiscovery;

/** The PostgreSQL plugin's index discovery, wrapped. */
public final class BadLayoutIndexDiscovery implements IndexDiscovery {
    private final IndexDiscovery real = new PostgresIndexDiscovery();

    @Override
    public String dialect() {
        return real.dialect();
    }

    @Override
    public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
        return real.indexes(session, scope);
    }
}
