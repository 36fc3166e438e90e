package org.schemadiscovery.api.diff;

import java.util.List;
import java.util.Objects;

/**
 * An object the comparison was told was renamed ({@link DiffOptions.Builder#rename}): renames are never guessed.
 * Other attributes that differ too are listed as for {@link Altered}.
 *
 * @param type       object type
 * @param from       its name in the {@code from} schema
 * @param name       its name in the {@code to} schema
 * @param before     the object in the {@code from} schema
 * @param after      the object in the {@code to} schema
 * @param attributes other attributes that differ, possibly none
 * @param <T>        the model type of the object
 */
public record Renamed<T>(ObjectType type, ObjectName from, ObjectName name, T before, T after,
                         List<AttributeChange> attributes) implements SchemaChange {
    public Renamed {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        attributes = List.copyOf(attributes);
    }

    @Override
    public String toString() {
        return "> " + type.label() + " " + from + " → " + name + (attributes.isEmpty() ? "" : "  " + String.join(
                ", ", attributes.stream().map(AttributeChange::toString).toList()));
    }
}
