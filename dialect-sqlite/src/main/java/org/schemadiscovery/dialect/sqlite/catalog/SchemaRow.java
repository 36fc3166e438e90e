package org.schemadiscovery.dialect.sqlite.catalog;

/**
 * A row of {@code pragma_database_list}.
 *
 * @param seq  sequence number (0 main, 1 temp, 2+ attached)
 * @param name schema name
 * @param file file path, "" for temporary or in-memory databases
 */
public record SchemaRow(int seq, String name, String file) {
}
