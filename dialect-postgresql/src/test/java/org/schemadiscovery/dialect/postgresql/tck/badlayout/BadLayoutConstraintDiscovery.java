package org.schemadiscovery.dialect.postgresql.tck.badlayout;

import java.sql.SQLException;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.dialect.postgresql.PostgresConstraintDiscovery;

/** The PostgreSQL plugin's constraint discovery, wrapped. */
public final class BadLayoutConstraintDiscovery implements ConstraintDiscovery {
    private final ConstraintDiscovery real = new PostgresConstraintDiscovery();

    @Override
    public String dialect() {
        return real.dialect();
    }

    @Override
    public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
            throws SQLException {
        return real.constraints(session, scope);
    }
}
