package org.schemadiscovery.dialect.sqlite.catalog;

/**
 * One stored definition as the fingerprint hashes it.
 *
 * @param schema     schema
 * @param table      the table (or view) it belongs to
 * @param definition its type, name, table and SQL text, each prefixed with its length, as bytes
 *                   (see {@code fingerprint.sql})
 */
record DefinitionRow(String schema, String table, byte[] definition) {
}
