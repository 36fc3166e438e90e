package org.schemadiscovery.core.generic;

import java.sql.SQLException;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;

/**
 * The built-in fallback: reads what {@link java.sql.DatabaseMetaData} offers for any JDBC database. Scores 0, so it
 * is used only when no dialect claims the database, when forced with {@code dialect("generic")}, or for a phase
 * whose dialect query hit a syntax error.
 */
public final class GenericStrategy implements DiscoveryStrategy {
    /** The dialect id of the generic strategy. */
    public static final String ID = "generic";

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
        return new GenericSession(context);
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return GenericErrorClassifier.classify(error);
    }
}
