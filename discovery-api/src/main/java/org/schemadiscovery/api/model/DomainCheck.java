package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * A CHECK constraint on a domain.
 *
 * @param name       constraint name
 * @param expression expression, without the CHECK keyword
 * @param validated  false for NOT VALID
 */
public record DomainCheck(String name, String expression, boolean validated) {
    public DomainCheck {
        Objects.requireNonNull(expression, "expression");
    }
}
