package org.schemadiscovery.api.diff;

import java.util.List;
import java.util.Optional;

/**
 * One difference between two schemas, as data: what kind of object, its name, and the whole object on each side (a
 * model record: {@code TableInfo}, {@code ColumnInfo}, {@code IndexInfo}, a {@code ConstraintInfo}, {@code ViewInfo},
 * {@code SequenceInfo}, {@code TypeInfo}, {@code RoutineInfo}, {@code TriggerInfo}, {@code PolicyInfo},
 * {@code ExtensionInfo}, or for a schema its {@code SchemaDetails}), so a planner can render SQL from it.
 *
 * <p>Names and the objects' references are in the {@code from} side's schema names: when schemas were mapped
 * ({@link DiffOptions}), the {@code to} side's objects are rewritten into the {@code from} side's schemas, which is
 * where a migration would create them. The objects are as compared, that is after the dialect's
 * {@link org.schemadiscovery.api.diff.SchemaNormalizer} rewrote spellings the server writes two ways.
 *
 * <pre>{@code
 * for (SchemaChange c : SchemaDiff.compare(live, snapshot, DiffOptions.defaults())) {
 *     if (c instanceof Altered<?> a && a.after() instanceof ColumnInfo column) {
 *         a.attribute("type").ifPresent(t -> System.out.println(a.name() + ": " + t.before() + " → " + t.after()));
 *     }
 * }
 * }</pre>
 */
public sealed interface SchemaChange permits Added, Removed, Altered, Renamed {
    /** What kind of object changed. */
    ObjectType type();

    /** The object's name; for a rename, the new one. */
    ObjectName name();

    /** The object in the {@code from} schema, null when it was added. */
    Object before();

    /** The object in the {@code to} schema, null when it was removed. */
    Object after();

    /** The attributes that differ, in a fixed order per object type; empty for an addition or removal. */
    List<AttributeChange> attributes();

    /** The change of one attribute, if it differs. */
    default Optional<AttributeChange> attribute(String attributeName) {
        for (AttributeChange a : attributes()) {
            if (a.name().equals(attributeName)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
