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
 * @param privileges   privileges granted on it, ordered by {@link Privilege#ORDER}; empty when none or not known
 */
public record ViewInfo(TableRef ref, String definition, boolean materialized, List<ColumnInfo> columns,
                       List<IndexInfo> indexes, List<TriggerInfo> triggers, String owner, String comment,
                       List<Privilege> privileges) {
    public ViewInfo {
        Objects.requireNonNull(ref, "ref");
        columns = Copies.list(columns);
        indexes = Copies.list(indexes);
        triggers = Copies.list(triggers);
        privileges = Copies.list(privileges);
    }

    /**
     * The canonical constructor without privileges; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public ViewInfo(TableRef ref, String definition, boolean materialized, List<ColumnInfo> columns,
                    List<IndexInfo> indexes, List<TriggerInfo> triggers, String owner, String comment) {
        this(ref, definition, materialized, columns, indexes, triggers, owner, comment, List.of());
    }

    /** A copy with these indexes. */
    public ViewInfo withIndexes(List<IndexInfo> newIndexes) {
        return new ViewInfo(ref, definition, materialized, columns, newIndexes, triggers, owner, comment,
                privileges);
    }

    /**
     * A builder starting from {@code ref}; every other component starts empty (null, false, 0 or an empty collection).
     * Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(TableRef ref) {
        return new Builder().ref(ref);
    }

    /** A builder holding this ViewInfo's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().ref(ref).definition(definition).materialized(materialized).columns(columns)
                .indexes(indexes).triggers(triggers).owner(owner).comment(comment).privileges(privileges);
    }

    /** Builds a {@link ViewInfo}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private TableRef ref;
        private String definition;
        private boolean materialized;
        private List<ColumnInfo> columns;
        private List<IndexInfo> indexes;
        private List<TriggerInfo> triggers;
        private String owner;
        private String comment;
        private List<Privilege> privileges;

        private Builder() {
        }

        /** Sets {@link ViewInfo#ref()}. */
        public Builder ref(TableRef ref) {
            this.ref = ref;
            return this;
        }

        /** Sets {@link ViewInfo#definition()}. */
        public Builder definition(String definition) {
            this.definition = definition;
            return this;
        }

        /** Sets {@link ViewInfo#materialized()}. */
        public Builder materialized(boolean materialized) {
            this.materialized = materialized;
            return this;
        }

        /** Sets {@link ViewInfo#columns()}. */
        public Builder columns(List<ColumnInfo> columns) {
            this.columns = columns;
            return this;
        }

        /** Sets {@link ViewInfo#indexes()}. */
        public Builder indexes(List<IndexInfo> indexes) {
            this.indexes = indexes;
            return this;
        }

        /** Sets {@link ViewInfo#triggers()}. */
        public Builder triggers(List<TriggerInfo> triggers) {
            this.triggers = triggers;
            return this;
        }

        /** Sets {@link ViewInfo#owner()}. */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** Sets {@link ViewInfo#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** Sets {@link ViewInfo#privileges()}. */
        public Builder privileges(List<Privilege> privileges) {
            this.privileges = privileges;
            return this;
        }

        /** The ViewInfo; the canonical constructor validates and copies as usual. */
        public ViewInfo build() {
            return new ViewInfo(ref, definition, materialized, columns, indexes, triggers, owner, comment,
                    privileges);
        }
    }
}
