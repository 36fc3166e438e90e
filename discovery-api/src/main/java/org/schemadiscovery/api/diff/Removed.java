package org.schemadiscovery.api.diff;

import java.util.List;
import java.util.Objects;

/**
 * An object only the {@code from} schema has.
 *
 * @param type   object type
 * @param name   its name
 * @param before the object
 * @param <T>    the model type of the object
 */
public record Removed<T>(ObjectType type, ObjectName name, T before) implements SchemaChange {
    public Removed {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
    }

    @Override
    public Object after() {
        return null;
    }

    @Override
    public List<AttributeChange> attributes() {
        return List.of();
    }

    @Override
    public String toString() {
        return "- " + type.label() + " " + name;
    }
}
