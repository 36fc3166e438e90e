package org.schemadiscovery.api.spi;

import java.sql.SQLException;
import org.schemadiscovery.api.model.IndexInfo;

/** A dialect's index discovery; runs inside the session that discovered the tables. Stateless and thread-safe. */
public interface IndexDiscovery {
    /** Dialect id, the same as the strategy's. */
    String dialect();

    /** Indexes of every table (and materialized view) in scope. */
    Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException;
}
