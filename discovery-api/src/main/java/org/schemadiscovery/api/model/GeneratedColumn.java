package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * A computed column.
 *
 * @param expression the generation expression as the database prints it
 * @param stored     true for STORED, false for VIRTUAL
 */
public record GeneratedColumn(String expression, boolean stored) {
    public GeneratedColumn {
        Objects.requireNonNull(expression, "expression");
    }
}
