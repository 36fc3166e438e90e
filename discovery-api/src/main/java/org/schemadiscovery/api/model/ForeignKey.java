package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key.
 *
 * @param name              constraint name, or null
 * @param table             referencing table
 * @param columns           referencing columns in order
 * @param referencedTable   referenced table
 * @param referencedColumns referenced columns in order (same size as {@code columns})
 * @param match             MATCH type
 * @param onUpdate          ON UPDATE action
 * @param onDelete          ON DELETE action
 * @param deferrable        DEFERRABLE
 * @param initiallyDeferred INITIALLY DEFERRED
 * @param validated         false for NOT VALID
 */
public record ForeignKey(String name, TableRef table, List<String> columns, TableRef referencedTable,
                         List<String> referencedColumns, MatchType match, ReferentialAction onUpdate,
                         ReferentialAction onDelete, boolean deferrable, boolean initiallyDeferred,
                         boolean validated) implements ConstraintInfo {
    public ForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(referencedTable, "referencedTable");
        columns = Copies.list(columns);
        referencedColumns = Copies.list(referencedColumns);
        match = match == null ? MatchType.SIMPLE : match;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        if (!referencedColumns.isEmpty() && referencedColumns.size() != columns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
    }
}
