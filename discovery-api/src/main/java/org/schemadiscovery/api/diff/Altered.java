package org.schemadiscovery.api.diff;

import java.util.List;
import java.util.Objects;

/**
 * An object both schemas have under one name, with some attributes different. Objects it contains (a table's
 * columns, indexes, constraints, triggers, policies) are separate changes; {@code before} and {@code after} still
 * carry them whole.
 *
 * @param type       object type
 * @param name       its name
 * @param before     the object in the {@code from} schema
 * @param after      the object in the {@code to} schema
 * @param attributes what differs, never empty
 * @param <T>        the model type of the object
 */
public record Altered<T>(ObjectType type, ObjectName name, T before, T after, List<AttributeChange> attributes)
        implements SchemaChange {
    public Altered {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        attributes = List.copyOf(attributes);
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("an altered " + type.label() + " needs a changed attribute: " + name);
        }
    }

    @Override
    public String toString() {
        return "~ " + type.label() + " " + name + "  " + String.join(", ",
                attributes.stream().map(AttributeChange::toString).toList());
    }
}
