package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * Identity (auto-increment) details of a column.
 *
 * @param generation ALWAYS or BY DEFAULT
 * @param sequence   the backing sequence, or null when the database has none (SQLite, MySQL)
 */
public record ColumnIdentity(IdentityGeneration generation, SequenceInfo sequence) {
    public ColumnIdentity {
        Objects.requireNonNull(generation, "generation");
    }
}
