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
 * @param comment           comment, or null
 */
public record UniqueConstraint(String name, TableRef table, List<String> columns, boolean nullsNotDistinct,
                               boolean deferrable, boolean initiallyDeferred, String comment)
        implements ConstraintInfo {
    public UniqueConstraint {
        Objects.requireNonNull(table, "table");
        columns = Copies.list(columns);
    }

    /**
     * The canonical constructor without comment; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public UniqueConstraint(String name, TableRef table, List<String> columns, boolean nullsNotDistinct,
                            boolean deferrable, boolean initiallyDeferred) {
        this(name, table, columns, nullsNotDistinct, deferrable, initiallyDeferred, null);
    }

    /**
     * A builder starting from {@code table}; every other component starts empty (null, false, 0 or an empty
     * collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(TableRef table) {
        return new Builder().table(table);
    }

    /** A builder holding this UniqueConstraint's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).table(table).columns(columns).nullsNotDistinct(nullsNotDistinct)
                .deferrable(deferrable).initiallyDeferred(initiallyDeferred).comment(comment);
    }

    /** Builds an {@link UniqueConstraint}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String name;
        private TableRef table;
        private List<String> columns;
        private boolean nullsNotDistinct;
        private boolean deferrable;
        private boolean initiallyDeferred;
        private String comment;

        private Builder() {
        }

        /** Sets {@link UniqueConstraint#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link UniqueConstraint#table()}. */
        public Builder table(TableRef table) {
            this.table = table;
            return this;
        }

        /** Sets {@link UniqueConstraint#columns()}. */
        public Builder columns(List<String> columns) {
            this.columns = columns;
            return this;
        }

        /** Sets {@link UniqueConstraint#nullsNotDistinct()}. */
        public Builder nullsNotDistinct(boolean nullsNotDistinct) {
            this.nullsNotDistinct = nullsNotDistinct;
            return this;
        }

        /** Sets {@link UniqueConstraint#deferrable()}. */
        public Builder deferrable(boolean deferrable) {
            this.deferrable = deferrable;
            return this;
        }

        /** Sets {@link UniqueConstraint#initiallyDeferred()}. */
        public Builder initiallyDeferred(boolean initiallyDeferred) {
            this.initiallyDeferred = initiallyDeferred;
            return this;
        }

        /** Sets {@link UniqueConstraint#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The UniqueConstraint; the canonical constructor validates and copies as usual. */
        public UniqueConstraint build() {
            return new UniqueConstraint(name, table, columns, nullsNotDistinct, deferrable, initiallyDeferred,
                    comment);
        }
    }
}
