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
}
