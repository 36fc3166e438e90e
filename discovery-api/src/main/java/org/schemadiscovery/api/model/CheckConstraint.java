package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A CHECK constraint.
 *
 * @param name       constraint name, or null when unnamed
 * @param table      table
 * @param columns    columns the expression mentions, when the database says; may be empty
 * @param expression the boolean expression, without the CHECK keyword
 * @param validated  false for NOT VALID constraints
 */
public record CheckConstraint(String name, TableRef table, List<String> columns, String expression,
                              boolean validated) implements ConstraintInfo {
    public CheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(expression, "expression");
        columns = Copies.list(columns);
    }
}
