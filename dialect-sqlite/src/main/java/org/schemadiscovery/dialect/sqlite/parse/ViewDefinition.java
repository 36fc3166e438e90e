package org.schemadiscovery.dialect.sqlite.parse;

import java.util.List;

/**
 * A parsed {@code CREATE VIEW}.
 *
 * @param name    view name
 * @param columns explicit column names, empty when none were given
 * @param query   the SELECT statement as written
 */
public record ViewDefinition(String name, List<String> columns, String query) {
    public ViewDefinition {
        columns = List.copyOf(columns);
    }
}
