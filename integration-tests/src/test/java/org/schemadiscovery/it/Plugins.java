package org.schemadiscovery.it;

import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresConstraintDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresDdlRenderer;
import org.schemadiscovery.dialect.postgresql.PostgresDiscoveryStrategy;
import org.schemadiscovery.dialect.postgresql.PostgresIndexDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresSchemaNormalizer;
import org.schemadiscovery.dialect.sqlite.SqliteConstraintDiscovery;
import org.schemadiscovery.dialect.sqlite.SqliteDdlRenderer;
import org.schemadiscovery.dialect.sqlite.SqliteDiscoveryStrategy;
import org.schemadiscovery.dialect.sqlite.SqliteIndexDiscovery;

/** Facades with both dialects registered explicitly, so a test knows exactly which plugin objects run. */
final class Plugins {
    private Plugins() {
    }

    /** The PostgreSQL and SQLite plugins (strategy, index and constraint discovery, renderer, and
     * PostgreSQL's comparison normaliser), ServiceLoader off. */
    static SchemaDiscovery.Builder both() {
        return SchemaDiscovery.builder()
                .loadServices(false)
                .register(new PostgresDiscoveryStrategy())
                .register(new PostgresIndexDiscovery())
                .register(new PostgresConstraintDiscovery())
                .register(new PostgresDdlRenderer())
                .register(new PostgresSchemaNormalizer())
                .register(new SqliteDiscoveryStrategy())
                .register(new SqliteIndexDiscovery())
                .register(new SqliteConstraintDiscovery())
                .register(new SqliteDdlRenderer());
    }
}
