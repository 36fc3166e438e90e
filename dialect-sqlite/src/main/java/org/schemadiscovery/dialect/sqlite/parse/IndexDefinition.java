package org.schemadiscovery.dialect.sqlite.parse;

import java.util.List;

/**
 * A parsed {@code CREATE INDEX}.
 *
 * @param name      index name
 * @param unique    {@code UNIQUE}
 * @param table     table name as written
 * @param elements  key elements in order
 * @param predicate {@code WHERE} predicate as written, or null
 */
public record IndexDefinition(String name, boolean unique, String table, List<IndexedColumn> elements,
                              String predicate) {
    public IndexDefinition {
        elements = List.copyOf(elements);
    }
}
