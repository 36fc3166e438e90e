/** The PostgreSQL dialect plugin: discovery strategy, index and constraint discovery, and DDL rendering. */
module org.schemadiscovery.dialect.postgresql {
    requires org.schemadiscovery.api;
    requires org.slf4j;
    requires org.postgresql.jdbc;
    requires static com.google.auto.service;

    exports org.schemadiscovery.dialect.postgresql;

    provides org.schemadiscovery.api.spi.DiscoveryStrategy
            with org.schemadiscovery.dialect.postgresql.PostgresDiscoveryStrategy;
    provides org.schemadiscovery.api.spi.IndexDiscovery
            with org.schemadiscovery.dialect.postgresql.PostgresIndexDiscovery;
    provides org.schemadiscovery.api.spi.ConstraintDiscovery
            with org.schemadiscovery.dialect.postgresql.PostgresConstraintDiscovery;
    provides org.schemadiscovery.api.spi.DdlRenderer
            with org.schemadiscovery.dialect.postgresql.PostgresDdlRenderer;
    provides org.schemadiscovery.api.spi.MigrationPlanner
            with org.schemadiscovery.dialect.postgresql.PostgresMigrationPlanner;
    provides org.schemadiscovery.api.diff.SchemaNormalizer
            with org.schemadiscovery.dialect.postgresql.PostgresSchemaNormalizer;
}
