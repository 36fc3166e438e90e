/**
 * Catalog reading: the session ({@link org.schemadiscovery.dialect.sqlite.catalog.SqliteSession}), the {@code .sql}
 * resources ({@link org.schemadiscovery.dialect.sqlite.catalog.CatalogSql}), their rows, a per-session snapshot that
 * runs each query once, and the assemblers that turn rows and parsed definitions into the API model; plus what the
 * readers and the providers share: the version gates
 * ({@link org.schemadiscovery.dialect.sqlite.catalog.SqliteCapabilities}) and error classification
 * ({@link org.schemadiscovery.dialect.sqlite.catalog.SqliteErrors}). Uses {@code render} for the option keys and
 * {@code parse} for the stored definitions, never the providers' package.
 */
package org.schemadiscovery.dialect.sqlite.catalog;
