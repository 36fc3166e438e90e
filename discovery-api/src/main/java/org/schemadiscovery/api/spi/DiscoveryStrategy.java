package org.schemadiscovery.api.spi;

import java.sql.SQLException;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;

/**
 * A dialect's entry point, found with {@link java.util.ServiceLoader}. A dialect jar provides exactly one, together
 * with an {@link IndexDiscovery} and a {@link ConstraintDiscovery} for the same {@link #dialect()} id. Instances are
 * stateless and thread-safe: core caches one per registry and calls it from many threads.
 */
public interface DiscoveryStrategy {
    /** Dialect id, lower case, e.g. {@code postgresql}. */
    String dialect();

    /** The SPI major version this plugin was built for; return {@link ApiVersion#CURRENT}. */
    int apiVersion();

    /** How well this dialect fits the database: 0 = not mine, highest wins (forks score above their origin). */
    int score(DatabaseIdentity identity);

    /** What a server of this version can do, known before connecting. */
    DatabaseCapabilities capabilities(DatabaseIdentity identity);

    /**
     * Opens a session: sets up the read-only snapshot; {@link DiscoverySession#close()} restores the connection.
     *
     * @throws SQLException when the session cannot be set up
     */
    DiscoverySession open(DiscoveryContext context) throws SQLException;

    /** Classifies an error from this database (SQLSTATE or vendor codes). */
    ErrorClass classify(SQLException error);
}
