package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A primary key.
 *
 * @param name    constraint name, or null
 * @param table   table
 * @param columns key columns in order, never empty
 */
public record PrimaryKey(String name, TableRef table, List<String> columns) implements ConstraintInfo {
    public PrimaryKey {
        Objects.requireNonNull(table, "table");
        columns = Copies.list(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }
}
