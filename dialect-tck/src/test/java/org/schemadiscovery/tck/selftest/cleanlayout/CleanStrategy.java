package org.schemadiscovery.tck.selftest.cleanlayout;

import java.sql.SQLException;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.tck.selftest.cleanlayout.catalog.CleanSession;

/**
 * The strategy of a fixture dialect laid out as docs/writing-a-dialect.md says: it keeps every architecture rule of
 * the kit (the reference the broken layout is compared with). It is never asked to discover.
 */
public final class CleanStrategy implements DiscoveryStrategy {
    /** The fixture's dialect id. */
    public static final String ID = "cleanlayout";

    @Override
    public String dialect() {
        return ID;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public int score(DatabaseIdentity identity) {
        return 0;
    }

    @Override
    public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
        return DatabaseCapabilities.none();
    }

    @Override
    public DiscoverySession open(DiscoveryContext context) throws SQLException {
        return new CleanSession(context);
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return ErrorClass.OTHER;
    }
}
