package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A primary key.
 *
 * @param name    constraint name, or null
 * @param table   table
 * @param columns key columns in order, never empty
 * @param comment comment, or null
 */
public record PrimaryKey(String name, TableRef table, List<String> columns, String comment) implements ConstraintInfo {
    public PrimaryKey {
        Objects.requireNonNull(table, "table");
        columns = Copies.list(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }

    /** A PrimaryKey without comment. */
    public PrimaryKey(String name, TableRef table, List<String> columns) {
        this(name, table, columns, null);
    }
}
