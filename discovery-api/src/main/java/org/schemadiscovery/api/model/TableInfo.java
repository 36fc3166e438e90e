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
 * @param rowEstimate      the database's estimate of the row count (PostgreSQL {@code pg_class.reltuples}, MySQL
 *                         {@code TABLES.TABLE_ROWS}), or null when it has none (never analysed, SQLite). A statistic,
 *                         not schema: it changes with the data, so model comparisons ignore it. Added after the
 *                         first release of the model (see the twelve-component constructor).
 * @param privileges       privileges granted on it, column privileges included, ordered by {@link Privilege#ORDER};
 *                         empty when none or not known. Added after the first release, like {@code rowEstimate}
 */
public record TableInfo(TableRef ref, TableKind kind, List<ColumnInfo> columns, List<IndexInfo> indexes,
                        List<ConstraintInfo> constraints, List<TriggerInfo> triggers, PartitionInfo partition,
                        String owner, String comment, boolean rowLevelSecurity, List<PolicyInfo> policies,
                        Map<String, String> options, Long rowEstimate, List<Privilege> privileges) {
    public TableInfo {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        columns = Copies.list(columns);
        indexes = Copies.list(indexes);
        constraints = Copies.list(constraints);
        triggers = Copies.list(triggers);
        policies = Copies.list(policies);
        options = Copies.map(options);
        if (rowEstimate != null && rowEstimate < 0) {
            throw new IllegalArgumentException("rowEstimate must be >= 0 or null: " + rowEstimate);
        }
        privileges = Copies.list(privileges);
    }

    /**
     * The canonical constructor without privileges; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public TableInfo(TableRef ref, TableKind kind, List<ColumnInfo> columns, List<IndexInfo> indexes,
                     List<ConstraintInfo> constraints, List<TriggerInfo> triggers, PartitionInfo partition,
                     String owner, String comment, boolean rowLevelSecurity, List<PolicyInfo> policies,
                     Map<String, String> options, Long rowEstimate) {
        this(ref, kind, columns, indexes, constraints, triggers, partition, owner, comment, rowLevelSecurity,
                policies, options, rowEstimate, List.of());
    }

    /**
     * The canonical constructor before {@code rowEstimate} was added; kept so that plugins compiled against it keep
     * working. The estimate is null.
     *
     * @deprecated use {@link #builder(TableRef, TableKind)}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public TableInfo(TableRef ref, TableKind kind, List<ColumnInfo> columns, List<IndexInfo> indexes,
                     List<ConstraintInfo> constraints, List<TriggerInfo> triggers, PartitionInfo partition,
                     String owner, String comment, boolean rowLevelSecurity, List<PolicyInfo> policies,
                     Map<String, String> options) {
        this(ref, kind, columns, indexes, constraints, triggers, partition, owner, comment, rowLevelSecurity, policies,
                options, null);
    }

    /** A table with columns only. */
    public static TableInfo of(TableRef ref, TableKind kind, List<ColumnInfo> columns) {
        return new TableInfo(ref, kind, columns, List.of(), List.of(), List.of(), null, null, null, false,
                List.of(), Map.of(), null, List.of());
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
                rowLevelSecurity, policies, options, rowEstimate, privileges);
    }

    /** A copy with these constraints. */
    public TableInfo withConstraints(List<ConstraintInfo> newConstraints) {
        return new TableInfo(ref, kind, columns, indexes, newConstraints, triggers, partition, owner, comment,
                rowLevelSecurity, policies, options, rowEstimate, privileges);
    }

    /**
     * A builder starting from {@code ref} and {@code kind}; every other component starts empty (null, false, 0 or an
     * empty collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(TableRef ref, TableKind kind) {
        return new Builder().ref(ref).kind(kind);
    }

    /** A builder holding this TableInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().ref(ref).kind(kind).columns(columns).indexes(indexes).constraints(constraints)
                .triggers(triggers).partition(partition).owner(owner).comment(comment)
                .rowLevelSecurity(rowLevelSecurity).policies(policies).options(options)
                .rowEstimate(rowEstimate).privileges(privileges);
    }

    /** Builds a {@link TableInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private TableRef ref;
        private TableKind kind;
        private List<ColumnInfo> columns;
        private List<IndexInfo> indexes;
        private List<ConstraintInfo> constraints;
        private List<TriggerInfo> triggers;
        private PartitionInfo partition;
        private String owner;
        private String comment;
        private boolean rowLevelSecurity;
        private List<PolicyInfo> policies;
        private Map<String, String> options;
        private Long rowEstimate;
        private List<Privilege> privileges;

        private Builder() {
        }

        /** Sets {@link TableInfo#ref()}. */
        public Builder ref(TableRef ref) {
            this.ref = ref;
            return this;
        }

        /** Sets {@link TableInfo#kind()}. */
        public Builder kind(TableKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets {@link TableInfo#columns()}. */
        public Builder columns(List<ColumnInfo> columns) {
            this.columns = columns;
            return this;
        }

        /** Sets {@link TableInfo#indexes()}. */
        public Builder indexes(List<IndexInfo> indexes) {
            this.indexes = indexes;
            return this;
        }

        /** Sets {@link TableInfo#constraints()}. */
        public Builder constraints(List<ConstraintInfo> constraints) {
            this.constraints = constraints;
            return this;
        }

        /** Sets {@link TableInfo#triggers()}. */
        public Builder triggers(List<TriggerInfo> triggers) {
            this.triggers = triggers;
            return this;
        }

        /** Sets {@link TableInfo#partition()}. */
        public Builder partition(PartitionInfo partition) {
            this.partition = partition;
            return this;
        }

        /** Sets {@link TableInfo#owner()}. */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** Sets {@link TableInfo#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** Sets {@link TableInfo#rowLevelSecurity()}. */
        public Builder rowLevelSecurity(boolean rowLevelSecurity) {
            this.rowLevelSecurity = rowLevelSecurity;
            return this;
        }

        /** Sets {@link TableInfo#policies()}. */
        public Builder policies(List<PolicyInfo> policies) {
            this.policies = policies;
            return this;
        }

        /** Sets {@link TableInfo#options()}. */
        public Builder options(Map<String, String> options) {
            this.options = options;
            return this;
        }

        /** Sets {@link TableInfo#rowEstimate()}. */
        public Builder rowEstimate(Long rowEstimate) {
            this.rowEstimate = rowEstimate;
            return this;
        }

        /** Sets {@link TableInfo#privileges()}. */
        public Builder privileges(List<Privilege> privileges) {
            this.privileges = privileges;
            return this;
        }

        /** The TableInfo; the canonical constructor validates and copies as usual. */
        public TableInfo build() {
            return new TableInfo(ref, kind, columns, indexes, constraints, triggers, partition, owner, comment,
                    rowLevelSecurity, policies, options, rowEstimate, privileges);
        }
    }
}
