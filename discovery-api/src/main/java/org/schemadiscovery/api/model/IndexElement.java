package org.schemadiscovery.api.model;

/**
 * One key element of an index: a column or an expression.
 *
 * @param column     column name, or null for an expression key
 * @param expression expression text, or null for a column key
 * @param order      sort direction
 * @param nulls      NULLs placement
 * @param opclass    non-default operator class, or null
 * @param collation  explicit collation, or null
 */
public record IndexElement(String column, String expression, SortOrder order, NullsOrder nulls, String opclass,
                           String collation) {
    public IndexElement {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("exactly one of column and expression must be set");
        }
        order = order == null ? SortOrder.ASC : order;
        nulls = nulls == null ? NullsOrder.DEFAULT : nulls;
    }

    /** An ascending column key. */
    public static IndexElement column(String column) {
        return new IndexElement(column, null, SortOrder.ASC, NullsOrder.DEFAULT, null, null);
    }

    /** An ascending expression key. */
    public static IndexElement expression(String expression) {
        return new IndexElement(null, expression, SortOrder.ASC, NullsOrder.DEFAULT, null, null);
    }

    /** True for an expression key. */
    public boolean isExpression() {
        return expression != null;
    }

    /**
     * A builder; every other component starts empty (null, false, 0 or an empty collection). Plugins build models this
     * way, so that a component added later does not break them.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this IndexElement's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().column(column).expression(expression).order(order).nulls(nulls).opclass(opclass)
                .collation(collation);
    }

    /** Builds an {@link IndexElement}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String column;
        private String expression;
        private SortOrder order;
        private NullsOrder nulls;
        private String opclass;
        private String collation;

        private Builder() {
        }

        /** Sets {@link IndexElement#column()}. */
        public Builder column(String column) {
            this.column = column;
            return this;
        }

        /** Sets {@link IndexElement#expression()}. */
        public Builder expression(String expression) {
            this.expression = expression;
            return this;
        }

        /** Sets {@link IndexElement#order()}. */
        public Builder order(SortOrder order) {
            this.order = order;
            return this;
        }

        /** Sets {@link IndexElement#nulls()}. */
        public Builder nulls(NullsOrder nulls) {
            this.nulls = nulls;
            return this;
        }

        /** Sets {@link IndexElement#opclass()}. */
        public Builder opclass(String opclass) {
            this.opclass = opclass;
            return this;
        }

        /** Sets {@link IndexElement#collation()}. */
        public Builder collation(String collation) {
            this.collation = collation;
            return this;
        }

        /** The IndexElement; the canonical constructor validates and copies as usual. */
        public IndexElement build() {
            return new IndexElement(column, expression, order, nulls, opclass, collation);
        }
    }
}
