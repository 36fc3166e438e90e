package org.schemadiscovery.dialect.sqlite.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code CREATE TABLE}.
 *
 * @param name         table name
 * @param columns      columns in order
 * @param constraints  constraints in declaration order (column-level ones where their column is)
 * @param withoutRowid {@code WITHOUT ROWID}
 * @param strict       {@code STRICT}
 */
public record TableDefinition(String name, List<ColumnDefinition> columns, List<ConstraintDefinition> constraints,
                              boolean withoutRowid, boolean strict) {
    public TableDefinition {
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
    }

    /** The column with this name, compared as SQLite does. */
    public Optional<ColumnDefinition> column(String columnName) {
        for (ColumnDefinition c : columns) {
            if (Names.same(c.name(), columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** True when the primary key says {@code AUTOINCREMENT}. */
    public boolean autoincrement() {
        for (ConstraintDefinition c : constraints) {
            if (c instanceof ConstraintDefinition.PrimaryKey pk && pk.autoincrement()) {
                return true;
            }
        }
        return false;
    }

    /** Constraints of one kind in declaration order. */
    public <T extends ConstraintDefinition> List<T> constraints(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (ConstraintDefinition c : constraints) {
            if (kind.isInstance(c)) {
                out.add(kind.cast(c));
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }
}
