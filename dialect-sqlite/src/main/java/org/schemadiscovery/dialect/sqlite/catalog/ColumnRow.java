package org.schemadiscovery.dialect.sqlite.catalog;

/**
 * A row of {@code pragma_table_xinfo}.
 *
 * @param schema       schema
 * @param object       table or view
 * @param cid          column index (hidden columns included)
 * @param name         column name
 * @param type         declared type, "" when none
 * @param notNull      NOT NULL
 * @param defaultValue default expression text, or null
 * @param pk           1-based position in the primary key, 0 when not in it
 * @param hidden       0 normal, 1 hidden (virtual tables), 2 generated VIRTUAL, 3 generated STORED
 */
public record ColumnRow(String schema, String object, int cid, String name, String type, boolean notNull,
                        String defaultValue, int pk, int hidden) {
}
