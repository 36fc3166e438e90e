package org.schemadiscovery.dialect.postgresql.tck.badlayout;

import java.sql.SQLException;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.dialect.postgresql.PostgresDiscoveryStrategy;
import org.schemadiscovery.dialect.postgresql.tck.badlayout.catalog.BadLayoutCatalog;

/**
 * The PostgreSQL plugin repackaged so that it breaks every architecture rule of the kit once, while it still
 * discovers: the providers wrap another dialect's (the real PostgreSQL plugin's) classes; this provider is not final
 * and counts its sessions; {@code catalog} reaches back to the providers and keeps static state; {@code render}
 * reads the catalog and JDBC. Its own package, so that the kit's rules see these classes only.
 */
public class BadLayoutStrategy implements DiscoveryStrategy {
    private final DiscoveryStrategy real = new PostgresDiscoveryStrategy();
    private int opened;

    @Override
    public String dialect() {
        return real.dialect();
    }

    @Override
    public int apiVersion() {
        return real.apiVersion();
    }

    @Override
    public int score(DatabaseIdentity identity) {
        return real.score(identity);
    }

    @Override
    public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
        return real.capabilities(identity);
    }

    @Override
    public DiscoverySession open(DiscoveryContext context) throws SQLException {
        opened++;
        BadLayoutCatalog.opened();
        return real.open(context);
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return real.classify(error);
    }
}
