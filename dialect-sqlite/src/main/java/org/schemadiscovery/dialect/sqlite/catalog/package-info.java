/**
 * Catalog reading: the {@code .sql} resources beside these classes, their rows, a per-session snapshot that runs
 * each query once, and the assemblers that turn rows and parsed definitions into the API model.
 */
package org.schemadiscovery.dialect.sqlite.catalog;
