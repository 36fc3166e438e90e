package org.schemadiscovery.dialect.mysql;

import com.google.auto.service.AutoService;
import java.sql.SQLException;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.dialect.mysql.catalog.MysqlSession;

/**
 * Indexes of every table in scope with one {@code information_schema.STATISTICS} statement: key parts in order with
 * direction and prefix length, functional key parts (MySQL 8.0.13+), method (btree, hash, fulltext, spatial),
 * comment and visibility, and the key each backs. Stateless.
 */
@AutoService(IndexDiscovery.class)
public final class MysqlIndexDiscovery implements IndexDiscovery {
    @Override
    public String dialect() {
        return MysqlDialect.ID;
    }

    @Override
    public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
        return mysql(session).indexes(scope);
    }

    /** The session as this plugin's own; core always hands a plugin the session its strategy opened. */
    static MysqlSession mysql(DiscoverySession session) {
        if (session instanceof MysqlSession s) {
            return s;
        }
        throw new IllegalArgumentException("the mysql dialect needs a session opened by its own strategy, not "
                + session.getClass().getName());
    }
}
