package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * One element of an EXCLUDE constraint: {@code expression WITH operator}.
 *
 * @param expression column or expression
 * @param operator   operator, e.g. {@code &&}
 */
public record ExclusionElement(String expression, String operator) {
    public ExclusionElement {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(operator, "operator");
    }
}
