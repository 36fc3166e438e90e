package org.schemadiscovery.api.model;

import java.util.Comparator;
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
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<TableRef> ORDER = Comparator.comparing(TableRef::catalog, NULLS_FIRST)
            .thenComparing(TableRef::schema, NULLS_FIRST)
            .thenComparing(TableRef::name);

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

    @Override
    public int compareTo(TableRef o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
