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
 * @param comment           comment, or null
 */
public record ForeignKey(String name, TableRef table, List<String> columns, TableRef referencedTable,
                         List<String> referencedColumns, MatchType match, ReferentialAction onUpdate,
                         ReferentialAction onDelete, boolean deferrable, boolean initiallyDeferred,
                         boolean validated, String comment) implements ConstraintInfo {
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

    /**
     * The canonical constructor without comment; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public ForeignKey(String name, TableRef table, List<String> columns, TableRef referencedTable,
                      List<String> referencedColumns, MatchType match, ReferentialAction onUpdate,
                      ReferentialAction onDelete, boolean deferrable, boolean initiallyDeferred,
                      boolean validated) {
        this(name, table, columns, referencedTable, referencedColumns, match, onUpdate, onDelete, deferrable,
                initiallyDeferred, validated, null);
    }

    /**
     * A builder starting from {@code table} and {@code referencedTable}; every other component starts empty (null,
     * false, 0 or an empty collection). Plugins build models this way, so that a component added later does not break
     * them.
     */
    public static Builder builder(TableRef table, TableRef referencedTable) {
        return new Builder().table(table).referencedTable(referencedTable);
    }

    /** A builder holding this ForeignKey's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).table(table).columns(columns).referencedTable(referencedTable)
                .referencedColumns(referencedColumns).match(match).onUpdate(onUpdate).onDelete(onDelete)
                .deferrable(deferrable).initiallyDeferred(initiallyDeferred).validated(validated).comment(comment);
    }

    /** Builds a {@link ForeignKey}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String name;
        private TableRef table;
        private List<String> columns;
        private TableRef referencedTable;
        private List<String> referencedColumns;
        private MatchType match;
        private ReferentialAction onUpdate;
        private ReferentialAction onDelete;
        private boolean deferrable;
        private boolean initiallyDeferred;
        private boolean validated;
        private String comment;

        private Builder() {
        }

        /** Sets {@link ForeignKey#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link ForeignKey#table()}. */
        public Builder table(TableRef table) {
            this.table = table;
            return this;
        }

        /** Sets {@link ForeignKey#columns()}. */
        public Builder columns(List<String> columns) {
            this.columns = columns;
            return this;
        }

        /** Sets {@link ForeignKey#referencedTable()}. */
        public Builder referencedTable(TableRef referencedTable) {
            this.referencedTable = referencedTable;
            return this;
        }

        /** Sets {@link ForeignKey#referencedColumns()}. */
        public Builder referencedColumns(List<String> referencedColumns) {
            this.referencedColumns = referencedColumns;
            return this;
        }

        /** Sets {@link ForeignKey#match()}. */
        public Builder match(MatchType match) {
            this.match = match;
            return this;
        }

        /** Sets {@link ForeignKey#onUpdate()}. */
        public Builder onUpdate(ReferentialAction onUpdate) {
            this.onUpdate = onUpdate;
            return this;
        }

        /** Sets {@link ForeignKey#onDelete()}. */
        public Builder onDelete(ReferentialAction onDelete) {
            this.onDelete = onDelete;
            return this;
        }

        /** Sets {@link ForeignKey#deferrable()}. */
        public Builder deferrable(boolean deferrable) {
            this.deferrable = deferrable;
            return this;
        }

        /** Sets {@link ForeignKey#initiallyDeferred()}. */
        public Builder initiallyDeferred(boolean initiallyDeferred) {
            this.initiallyDeferred = initiallyDeferred;
            return this;
        }

        /** Sets {@link ForeignKey#validated()}. */
        public Builder validated(boolean validated) {
            this.validated = validated;
            return this;
        }

        /** Sets {@link ForeignKey#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The ForeignKey; the canonical constructor validates and copies as usual. */
        public ForeignKey build() {
            return new ForeignKey(name, table, columns, referencedTable, referencedColumns, match, onUpdate,
                    onDelete, deferrable, initiallyDeferred, validated, comment);
        }
    }
}
