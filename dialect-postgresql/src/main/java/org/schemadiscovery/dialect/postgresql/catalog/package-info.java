/**
 * Catalog reading: the session ({@link org.schemadiscovery.dialect.postgresql.catalog.PgSession}), the snapshot
 * transaction and lock handling ({@link org.schemadiscovery.dialect.postgresql.catalog.CatalogRunner}), the
 * {@code .sql} resources ({@link org.schemadiscovery.dialect.postgresql.catalog.CatalogSql}) and the readers that turn
 * their rows into the model, plus what the readers and the providers share: the version gates
 * ({@link org.schemadiscovery.dialect.postgresql.catalog.PgFeatures}) and SQLSTATE classification
 * ({@link org.schemadiscovery.dialect.postgresql.catalog.PgErrors}). A full discovery runs 16 statements whatever
 * the number of tables. Uses {@code render} for quoting and option keys, never the providers' package.
 */
package org.schemadiscovery.dialect.postgresql.catalog;
