package org.schemadiscovery.dialect.sqlite.catalog;

/**
 * A stored definition from {@code sqlite_schema}.
 *
 * @param schema  schema
 * @param type    {@code table}, {@code view}, {@code index} or {@code trigger}
 * @param name    object name
 * @param table   the table an index or trigger belongs to (the object itself for tables and views)
 * @param sql     the stored CREATE statement
 * @param virtual a virtual table (a table without storage)
 */
public record ObjectRow(String schema, String type, String name, String table, String sql, boolean virtual) {
    /** True for ordinary, virtual and shadow tables. */
    public boolean isTable() {
        return "table".equals(type);
    }

    /** True for views. */
    public boolean isView() {
        return "view".equals(type);
    }

    /** True for virtual tables. */
    public boolean isVirtual() {
        return virtual;
    }
}
