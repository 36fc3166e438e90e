package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A UNIQUE constraint.
 *
 * @param name              constraint name, or null
 * @param table             table
 * @param columns           columns in order
 * @param nullsNotDistinct  NULLS NOT DISTINCT
 * @param deferrable        DEFERRABLE
 * @param initiallyDeferred INITIALLY DEFERRED
 */
public record UniqueConstraint(String name, TableRef table, List<String> columns, boolean nullsNotDistinct,
                               boolean deferrable, boolean initiallyDeferred) implements ConstraintInfo {
    public UniqueConstraint {
        Objects.requireNonNull(table, "table");
        columns = Copies.list(columns);
    }
}
