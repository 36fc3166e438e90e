package org.schemadiscovery.dialect.sqlite.catalog;

/**
 * A row of {@code pragma_foreign_key_list}: one column pair of one foreign key.
 *
 * @param schema           schema
 * @param table            referencing table
 * @param id               foreign key id within the table (SQLite numbers them last-declared first)
 * @param seq              column position within the key
 * @param referencedTable  referenced table as written
 * @param column           referencing column
 * @param referencedColumn referenced column, null when the parent's primary key is implied
 * @param onUpdate         ON UPDATE action words
 * @param onDelete         ON DELETE action words
 */
public record ForeignKeyRow(String schema, String table, int id, int seq, String referencedTable, String column,
                            String referencedColumn, String onUpdate, String onDelete) {
}
