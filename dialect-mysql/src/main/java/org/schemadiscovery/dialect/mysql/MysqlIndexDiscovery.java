package org.schemadiscovery.dialect.mysql;

import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.support.SessionIndexDiscovery;
import org.schemadiscovery.dialect.mysql.catalog.MysqlSession;

/**
 * Indexes of every table in scope with one {@code information_schema.STATISTICS} statement: key parts in order with
 * direction and prefix length, functional key parts (MySQL 8.0.13+), method (btree, hash, fulltext, spatial),
 * comment and visibility, and the key each backs. Stateless.
 */
@AutoService(IndexDiscovery.class)
public final class MysqlIndexDiscovery extends SessionIndexDiscovery<MysqlSession> {
    /** For {@link java.util.ServiceLoader}. */
    public MysqlIndexDiscovery() {
        super(MysqlDialect.ID, MysqlSession.class, MysqlSession::indexes);
    }
}
