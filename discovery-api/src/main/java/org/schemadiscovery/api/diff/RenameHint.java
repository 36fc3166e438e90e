package org.schemadiscovery.api.diff;

import java.util.Objects;

/**
 * "The object {@code from} in the from-schema is {@code to} in the to-schema." A name with a null schema matches
 * in any schema; {@code to}'s schema is in the to-side's schema names.
 *
 * @param type object type: tables, views, materialized views, sequences, types, columns, indexes, and constraints,
 *             triggers and policies that have names
 * @param from name in the {@code from} schema
 * @param to   name in the {@code to} schema
 */
public record RenameHint(ObjectType type, ObjectName from, ObjectName to) {
    public RenameHint {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (type == ObjectType.SCHEMA) {
            throw new IllegalArgumentException("schemas are not renamed by hint: map them with mapSchema(from, to)");
        }
        if (type == ObjectType.ROUTINE || type == ObjectType.EXTENSION) {
            throw new IllegalArgumentException("a " + type.label() + " cannot be renamed by hint");
        }
    }
}
