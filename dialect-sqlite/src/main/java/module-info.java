/**
 * The SQLite dialect plugin: discovery strategy, index and constraint discovery, a DDL renderer and a migration
 * planner, all for dialect id {@code sqlite}, over sqlite-jdbc.
 */
module org.schemadiscovery.dialect.sqlite {
    requires org.schemadiscovery.api;
    requires org.slf4j;
    requires org.xerial.sqlitejdbc;
    requires static com.google.auto.service;

    exports org.schemadiscovery.dialect.sqlite;

    provides org.schemadiscovery.api.spi.DiscoveryStrategy
            with org.schemadiscovery.dialect.sqlite.SqliteDiscoveryStrategy;
    provides org.schemadiscovery.api.spi.IndexDiscovery
            with org.schemadiscovery.dialect.sqlite.SqliteIndexDiscovery;
    provides org.schemadiscovery.api.spi.ConstraintDiscovery
            with org.schemadiscovery.dialect.sqlite.SqliteConstraintDiscovery;
    provides org.schemadiscovery.api.spi.DdlRenderer
            with org.schemadiscovery.dialect.sqlite.SqliteDdlRenderer;
    provides org.schemadiscovery.api.spi.MigrationPlanner
            with org.schemadiscovery.dialect.sqlite.SqliteMigrationPlanner;
}
