package org.schemadiscovery.dialect.sqlite.parse;

/**
 * One element of an index or key column list.
 *
 * @param column     column name when the element is a plain column, else null
 * @param expression expression text as written when it is not a plain column, else null
 * @param collation  {@code COLLATE} name given on the element, or null
 * @param desc       {@code DESC}
 */
public record IndexedColumn(String column, String expression, String collation, boolean desc) {
}
