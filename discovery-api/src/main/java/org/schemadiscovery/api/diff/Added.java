package org.schemadiscovery.api.diff;

import java.util.List;
import java.util.Objects;

/**
 * An object only the {@code to} schema has.
 *
 * @param type  object type
 * @param name  its name
 * @param after the object
 * @param <T>   the model type of the object
 */
public record Added<T>(ObjectType type, ObjectName name, T after) implements SchemaChange {
    public Added {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public List<AttributeChange> attributes() {
        return List.of();
    }

    @Override
    public String toString() {
        return "+ " + type.label() + " " + name;
    }
}
