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
 * @param comment    comment, or null
 */
public record CheckConstraint(String name, TableRef table, List<String> columns, String expression,
                              boolean validated, String comment) implements ConstraintInfo {
    public CheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(expression, "expression");
        columns = Copies.list(columns);
    }

    /**
     * The canonical constructor without comment; kept so that plugins compiled against
     * it keep working. Those components are empty.
     *
     * @deprecated use {@link #builder}, which sets only what the caller knows
     */
    @Deprecated(since = "0.1.0")
    public CheckConstraint(String name, TableRef table, List<String> columns, String expression,
                           boolean validated) {
        this(name, table, columns, expression, validated, null);
    }

    /**
     * A builder starting from {@code table} and {@code expression}; every other component starts empty (null, false, 0
     * or an empty collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(TableRef table, String expression) {
        return new Builder().table(table).expression(expression);
    }

    /** A builder holding this CheckConstraint's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().name(name).table(table).columns(columns).expression(expression).validated(validated)
                .comment(comment);
    }

    /** Builds a {@link CheckConstraint}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String name;
        private TableRef table;
        private List<String> columns;
        private String expression;
        private boolean validated;
        private String comment;

        private Builder() {
        }

        /** Sets {@link CheckConstraint#name()}. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets {@link CheckConstraint#table()}. */
        public Builder table(TableRef table) {
            this.table = table;
            return this;
        }

        /** Sets {@link CheckConstraint#columns()}. */
        public Builder columns(List<String> columns) {
            this.columns = columns;
            return this;
        }

        /** Sets {@link CheckConstraint#expression()}. */
        public Builder expression(String expression) {
            this.expression = expression;
            return this;
        }

        /** Sets {@link CheckConstraint#validated()}. */
        public Builder validated(boolean validated) {
            this.validated = validated;
            return this;
        }

        /** Sets {@link CheckConstraint#comment()}. */
        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        /** The CheckConstraint; the canonical constructor validates and copies as usual. */
        public CheckConstraint build() {
            return new CheckConstraint(name, table, columns, expression, validated, comment);
        }
    }
}
