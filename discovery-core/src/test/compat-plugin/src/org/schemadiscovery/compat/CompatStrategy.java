package org.schemadiscovery.compat;

import java.sql.SQLException;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;

/**
 * A third-party plugin frozen in time: compiled against the API before a model component was added, kept as a jar
 * (see ../README.md). It reads SQLite tables, columns, indexes and primary keys.
 */
public final class CompatStrategy implements DiscoveryStrategy {
    public static final String ID = "compat-sqlite";

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
        return "SQLite".equalsIgnoreCase(identity.product()) ? 1000 : 0;
    }

    @Override
    public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
        return DatabaseCapabilities.none();
    }

    @Override
    public DiscoverySession open(DiscoveryContext context) {
        return new CompatSession(context);
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return ErrorClass.OTHER;
    }
}
