package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * An EXCLUDE constraint (PostgreSQL).
 *
 * @param name              constraint name
 * @param table             table
 * @param method            index method, e.g. {@code gist}
 * @param elements          elements in order
 * @param predicate         WHERE predicate, or null
 * @param deferrable        DEFERRABLE
 * @param initiallyDeferred INITIALLY DEFERRED
 */
public record ExclusionConstraint(String name, TableRef table, String method, List<ExclusionElement> elements,
                                  String predicate, boolean deferrable, boolean initiallyDeferred)
        implements ConstraintInfo {
    public ExclusionConstraint {
        Objects.requireNonNull(table, "table");
        elements = Copies.list(elements);
    }

    @Override
    public List<String> columns() {
        return elements.stream().map(ExclusionElement::expression).toList();
    }
}
