package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * A three-level name of a table-like object (table, view, sequence, type): catalog, schema and name. Catalog and
 * schema are {@code null} where the database has no such level (SQLite has no catalog; MySQL maps databases to
 * schemas).
 *
 * <pre>{@code TableRef orders = TableRef.of("public", "orders");}</pre>
 *
 * @param catalog catalog, or null
 * @param schema  schema, or null
 * @param name    object name, never null
 */
public record TableRef(String catalog, String schema, String name) implements Comparable<TableRef> {

    public TableRef {
        Objects.requireNonNull(name, "name");
    }

    /** A reference without catalog. */
    public static TableRef of(String schema, String name) {
        return new TableRef(null, schema, name);
    }

    /** Dotted name for messages, e.g. {@code public.orders}; not quoted, not for SQL. */
    public String displayName() {
        StringBuilder sb = new StringBuilder();
        if (catalog != null) {
            sb.append(catalog).append('.');
        }
        if (schema != null) {
            sb.append(schema).append('.');
        }
        return sb.append(name).toString();
    }

    /** By catalog, schema, then name; a missing catalog or schema sorts first. */
    @Override
    public int compareTo(TableRef o) {
        int c = compareNullsFirst(catalog, o.catalog);
        if (c != 0) {
            return c;
        }
        c = compareNullsFirst(schema, o.schema);
        return c != 0 ? c : name.compareTo(o.name);
    }

    private static int compareNullsFirst(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
