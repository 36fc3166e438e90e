/**
 * The PostgreSQL dialect plugin (PostgreSQL 12 to 17): {@link org.schemadiscovery.dialect.postgresql.PostgresDiscoveryStrategy},
 * {@link org.schemadiscovery.dialect.postgresql.PostgresIndexDiscovery},
 * {@link org.schemadiscovery.dialect.postgresql.PostgresConstraintDiscovery} and
 * {@link org.schemadiscovery.dialect.postgresql.PostgresDdlRenderer}, found through {@link java.util.ServiceLoader}
 * or registered explicitly:
 *
 * <pre>{@code
 * SchemaDiscovery sd = SchemaDiscovery.builder().loadServices(false)
 *     .register(new PostgresDiscoveryStrategy()).register(new PostgresIndexDiscovery())
 *     .register(new PostgresConstraintDiscovery()).register(new PostgresDdlRenderer())
 *     .build();
 * }</pre>
 *
 * Every version gate lives in {@link org.schemadiscovery.dialect.postgresql.catalog.PgFeatures}; SQLSTATE
 * classification in {@link org.schemadiscovery.dialect.postgresql.catalog.PgErrors}. Dependencies between the packages
 * point one way: this package (the providers) uses {@code catalog} and {@code render}; {@code catalog} uses
 * {@code render} (quoting, option keys); {@code render} uses only the API.
 */
package org.schemadiscovery.dialect.postgresql;
