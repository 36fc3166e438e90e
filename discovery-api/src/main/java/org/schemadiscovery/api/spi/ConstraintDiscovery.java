package org.schemadiscovery.api.spi;

import java.sql.SQLException;
import org.schemadiscovery.api.model.ConstraintInfo;

/** A dialect's constraint discovery; runs inside the session that discovered the tables. Stateless and thread-safe. */
public interface ConstraintDiscovery {
    /** Dialect id, the same as the strategy's. */
    String dialect();

    /** Constraints (primary keys included) of every table in scope. */
    Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope) throws SQLException;
}
