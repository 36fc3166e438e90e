package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A view or materialized view.
 *
 * @param ref          name
 * @param definition   the defining query as the database prints it
 * @param materialized materialized view
 * @param columns      resolved columns
 * @param indexes      indexes (materialized views only)
 * @param triggers     INSTEAD OF triggers and the like
 * @param owner        owner, or null
 * @param comment      comment, or null
 */
public record ViewInfo(TableRef ref, String definition, boolean materialized, List<ColumnInfo> columns,
                       List<IndexInfo> indexes, List<TriggerInfo> triggers, String owner, String comment) {
    public ViewInfo {
        Objects.requireNonNull(ref, "ref");
        columns = Copies.list(columns);
        indexes = Copies.list(indexes);
        triggers = Copies.list(triggers);
    }

    /** A copy with these indexes. */
    public ViewInfo withIndexes(List<IndexInfo> newIndexes) {
        return new ViewInfo(ref, definition, materialized, columns, newIndexes, triggers, owner, comment);
    }
}
