package org.schemadiscovery.tck.selftest.badlayout;

import java.sql.SQLException;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.core.SchemaDiscovery;

/**
 * A fixture dialect that breaks every architecture rule of the kit once: this provider is not final and keeps state,
 * and falls back to core's generic strategy; its {@code catalog} reaches back to the providers and keeps static
 * state; its {@code render} reads the catalog and JDBC. The kit self-test expects each rule to fail on it.
 */
public class BadStrategy implements DiscoveryStrategy {
    /** The fixture's dialect id. */
    public static final String ID = "badlayout";

    private int opened;

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
        opened++;
        return SchemaDiscovery.builder().loadServices(false).build().registry().generic().strategy().open(context);
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return ErrorClass.OTHER;
    }
}
