package org.schemadiscovery.core.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.schemadiscovery.api.diff.Added;
import org.schemadiscovery.api.diff.Altered;
import org.schemadiscovery.api.diff.AttributeChange;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.diff.Renamed;
import org.schemadiscovery.api.diff.SchemaChange;

/** The changes of one comparison; {@link #sorted()} gives them in the documented order. */
final class ChangeList {
    /** By schema, then object type in dependency order, then owning object, then name. */
    static final Comparator<SchemaChange> ORDER = Comparator
            .comparing(ChangeList::schemaOf, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(SchemaChange::type)
            .thenComparing(c -> c.name().parent(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(c -> c.name().name())
            .thenComparing(ChangeList::rank);

    private final List<SchemaChange> changes = new ArrayList<>();

    <T> void added(ObjectType type, ObjectName name, T after) {
        changes.add(new Added<>(type, name, after));
    }

    <T> void removed(ObjectType type, ObjectName name, T before) {
        changes.add(new Removed<>(type, name, before));
    }

    /** An altered or renamed pair; nothing when the names are equal and no attribute differs. */
    <T> void pair(ObjectType type, ObjectName from, ObjectName to, T before, T after, List<AttributeChange> attrs) {
        if (!from.equals(to)) {
            changes.add(new Renamed<>(type, from, to, before, after, attrs));
        } else if (!attrs.isEmpty()) {
            changes.add(new Altered<>(type, to, before, after, attrs));
        }
    }

    List<SchemaChange> sorted() {
        changes.sort(ORDER);
        return List.copyOf(changes);
    }

    private static String schemaOf(SchemaChange c) {
        return c.type() == ObjectType.SCHEMA ? c.name().name() : c.name().schema();
    }

    /** Removals before renames before alterations before additions, should two share a name. */
    private static int rank(SchemaChange c) {
        if (c instanceof Removed<?>) {
            return 0;
        }
        if (c instanceof Renamed<?>) {
            return 1;
        }
        return c instanceof Altered<?> ? 2 : 3;
    }
}
