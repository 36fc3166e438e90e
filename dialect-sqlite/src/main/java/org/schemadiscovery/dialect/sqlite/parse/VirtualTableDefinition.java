package org.schemadiscovery.dialect.sqlite.parse;

/**
 * A parsed {@code CREATE VIRTUAL TABLE}.
 *
 * @param name      table name
 * @param module    module name, e.g. {@code fts5}
 * @param arguments module arguments exactly as written between the parentheses, or null when there were none
 */
public record VirtualTableDefinition(String name, String module, String arguments) {
}
