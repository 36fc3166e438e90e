/**
 * The MySQL / MariaDB dialect plugin (dialect id {@code mysql}): discovery strategy, index and constraint discovery,
 * DDL rendering and migration planning, reading {@code information_schema} with set-based queries through MariaDB Connector/J.
 * Written against the public API only, as a third-party plugin would be.
 */
module org.schemadiscovery.dialect.mysql {
    requires org.schemadiscovery.api;
    requires org.slf4j;
    requires org.mariadb.jdbc;
    requires static com.google.auto.service;

    exports org.schemadiscovery.dialect.mysql;

    provides org.schemadiscovery.api.spi.DiscoveryStrategy
            with org.schemadiscovery.dialect.mysql.MysqlDiscoveryStrategy;
    provides org.schemadiscovery.api.spi.IndexDiscovery
            with org.schemadiscovery.dialect.mysql.MysqlIndexDiscovery;
    provides org.schemadiscovery.api.spi.ConstraintDiscovery
            with org.schemadiscovery.dialect.mysql.MysqlConstraintDiscovery;
    provides org.schemadiscovery.api.spi.DdlRenderer
            with org.schemadiscovery.dialect.mysql.MysqlDdlRenderer;
    provides org.schemadiscovery.api.spi.MigrationPlanner
            with org.schemadiscovery.dialect.mysql.MysqlMigrationPlanner;
}
