package org.schemadiscovery.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A relationship derived from foreign keys. For one-to-one and one-to-many, {@code from} is the referenced (parent)
 * side and {@code to} the referencing side; for many-to-many both are the linked tables and {@code junction} holds
 * the link.
 *
 * @param kind        cardinality
 * @param from        parent table
 * @param fromColumns parent columns
 * @param to          child table (or the other side of a many-to-many)
 * @param toColumns   child columns
 * @param junction    junction table, or null
 * @param via         names of the foreign keys it comes from
 */
public record Relationship(RelationshipKind kind, TableRef from, List<String> fromColumns, TableRef to,
                           List<String> toColumns, TableRef junction, List<String> via) {
    public Relationship {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        fromColumns = Copies.list(fromColumns);
        toColumns = Copies.list(toColumns);
        via = Copies.list(via);
    }
}
