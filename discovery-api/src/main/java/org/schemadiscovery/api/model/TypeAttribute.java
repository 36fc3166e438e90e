package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * An attribute of a composite type.
 *
 * @param name     attribute name
 * @param dataType its type as the database prints it
 */
public record TypeAttribute(String name, String dataType) {
    public TypeAttribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
    }
}
