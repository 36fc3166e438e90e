/**
 * Reading {@code information_schema}: the server's flavor and version gates ({@link
 * org.schemadiscovery.dialect.mysql.catalog.ServerVersion}), the statements ({@code .sql} resources beside this
 * package), the session that runs them and the readers that turn their rows into the model.
 */
package org.schemadiscovery.dialect.mysql.catalog;
