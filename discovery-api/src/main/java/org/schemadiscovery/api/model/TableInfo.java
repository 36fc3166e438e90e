package org.schemadiscovery.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with everything discovered about it.
 *
 * @param ref              name
 * @param kind             table kind
 * @param columns          columns in ordinal order
 * @param indexes          indexes, ordered by name
 * @param constraints      constraints (primary key included), ordered by kind then name
 * @param triggers         triggers, ordered by name
 * @param partition        partitioning details, or null
 * @param owner            owner role, or null
 * @param comment          comment, or null
 * @param rowLevelSecurity row-level security enabled
 * @param policies         row-level security policies
 * @param options          dialect options such as {@code WITHOUT ROWID}, {@code STRICT}, {@code module}, never null
 */
public record TableInfo(TableRef ref, TableKind kind, List<ColumnInfo> columns, List<IndexInfo> indexes,
                        List<ConstraintInfo> constraints, List<TriggerInfo> triggers, PartitionInfo partition,
                        String owner, String comment, boolean rowLevelSecurity, List<PolicyInfo> policies,
                        Map<String, String> options) {
    public TableInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        columns = Copies.list(columns);
        indexes = Copies.list(indexes);
        constraints = Copies.list(constraints);
        triggers = Copies.list(triggers);
        policies = Copies.list(policies);
        options = Copies.map(options);
    }

    /** A table with columns only. */
    public static TableInfo of(TableRef ref, TableKind kind, List<ColumnInfo> columns) {
        return new TableInfo(ref, kind, columns, List.of(), List.of(), List.of(), null, null, null, false,
                List.of(), Map.of());
    }

    /** The primary key, if any. */
    public Optional<PrimaryKey> primaryKey() {
        for (ConstraintInfo c : constraints) {
            if (c instanceof PrimaryKey pk) {
                return Optional.of(pk);
            }
        }
        return Optional.empty();
    }

    /** Foreign keys in constraint order. */
    public List<ForeignKey> foreignKeys() {
        List<ForeignKey> out = new ArrayList<>();
        for (ConstraintInfo c : constraints) {
            if (c instanceof ForeignKey fk) {
                out.add(fk);
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /** The column with this name, if any. */
    public Optional<ColumnInfo> column(String name) {
        for (ColumnInfo c : columns) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A copy with these indexes. */
    public TableInfo withIndexes(List<IndexInfo> newIndexes) {
        return new TableInfo(ref, kind, columns, newIndexes, constraints, triggers, partition, owner, comment,
                rowLevelSecurity, policies, options);
    }

    /** A copy with these constraints. */
    public TableInfo withConstraints(List<ConstraintInfo> newConstraints) {
        return new TableInfo(ref, kind, columns, indexes, newConstraints, triggers, partition, owner, comment,
                rowLevelSecurity, policies, options);
    }
}
