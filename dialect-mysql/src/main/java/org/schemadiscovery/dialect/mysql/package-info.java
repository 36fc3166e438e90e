/**
 * The MySQL / MariaDB dialect plugin (dialect id {@code mysql}):
 * {@link org.schemadiscovery.dialect.mysql.MysqlDiscoveryStrategy},
 * {@link org.schemadiscovery.dialect.mysql.MysqlIndexDiscovery},
 * {@link org.schemadiscovery.dialect.mysql.MysqlConstraintDiscovery} and
 * {@link org.schemadiscovery.dialect.mysql.MysqlDdlRenderer}, found through {@link java.util.ServiceLoader} or
 * registered explicitly:
 *
 * <pre>{@code
 * SchemaDiscovery sd = SchemaDiscovery.builder().loadServices(false)
 *     .register(new MysqlDiscoveryStrategy()).register(new MysqlIndexDiscovery())
 *     .register(new MysqlConstraintDiscovery()).register(new MysqlDdlRenderer())
 *     .build();
 * SchemaInfo s = sd.discover("jdbc:mariadb://127.0.0.1:3306/shop", props);        // or
 * SchemaInfo t = sd.discover("jdbc:mysql://127.0.0.1:3306/shop?permitMysqlScheme", props);
 * }</pre>
 *
 * Databases are schemas: a table is {@code TableRef(null, database, name)}. Without include patterns a run covers
 * the database the URL names (every visible database when it names none), never {@code mysql},
 * {@code information_schema}, {@code performance_schema} or {@code sys}. Packages point one way: the providers here
 * use {@code catalog} (version gates, statements, readers) and {@code render} (DDL); {@code catalog} uses
 * {@code render} for quoting and option keys only.
 */
package org.schemadiscovery.dialect.mysql;
