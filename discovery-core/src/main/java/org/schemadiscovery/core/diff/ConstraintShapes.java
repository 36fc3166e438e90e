package org.schemadiscovery.core.diff;

import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.UniqueConstraint;

/** Object type, identity and attributes of each constraint kind. */
final class ConstraintShapes {
    private ConstraintShapes() {
    }

    static ObjectType type(ConstraintInfo c) {
        if (c instanceof PrimaryKey) {
            return ObjectType.PRIMARY_KEY;
        }
        if (c instanceof UniqueConstraint) {
            return ObjectType.UNIQUE_CONSTRAINT;
        }
        if (c instanceof CheckConstraint) {
            return ObjectType.CHECK_CONSTRAINT;
        }
        if (c instanceof ForeignKey) {
            return ObjectType.FOREIGN_KEY;
        }
        return ObjectType.EXCLUSION_CONSTRAINT;
    }

    /**
     * What pairs a constraint with its counterpart in the same table: a table has one primary key, whatever its
     * name; other constraints pair by name, or by definition when the database left them unnamed.
     */
    static String key(ConstraintInfo c) {
        return c instanceof PrimaryKey ? "primary key" : type(c).id() + ":" + name(c);
    }

    /** The reported name: the constraint's own, else its definition. */
    static String name(ConstraintInfo c) {
        if (c.name() != null) {
            return c.name();
        }
        if (c instanceof PrimaryKey pk) {
            return "PRIMARY KEY (" + String.join(", ", pk.columns()) + ")";
        }
        if (c instanceof UniqueConstraint u) {
            return "UNIQUE (" + String.join(", ", u.columns()) + ")";
        }
        if (c instanceof CheckConstraint k) {
            return "CHECK (" + k.expression() + ")";
        }
        if (c instanceof ForeignKey f) {
            return "FOREIGN KEY (" + String.join(", ", f.columns()) + ") REFERENCES "
                    + f.referencedTable().displayName() + " (" + String.join(", ", f.referencedColumns()) + ")";
        }
        ExclusionConstraint x = (ExclusionConstraint) c;
        return "EXCLUDE USING " + x.method() + " (" + String.join(", ", x.elements().stream()
                .map(e -> e.expression() + " WITH " + e.operator()).toList()) + ")";
    }

    /** The attributes of two constraints of one kind that differ. */
    static void compare(ConstraintInfo before, ConstraintInfo after, Attributes a) {
        if (before instanceof PrimaryKey b && after instanceof PrimaryKey n) {
            a.add("columns", b.columns(), n.columns());
        } else if (before instanceof UniqueConstraint b && after instanceof UniqueConstraint n) {
            a.add("columns", b.columns(), n.columns())
                    .add("nullsNotDistinct", b.nullsNotDistinct(), n.nullsNotDistinct())
                    .add("deferrable", b.deferrable(), n.deferrable())
                    .add("initiallyDeferred", b.initiallyDeferred(), n.initiallyDeferred());
        } else if (before instanceof CheckConstraint b && after instanceof CheckConstraint n) {
            a.add("expression", b.expression(), n.expression())
                    .add("validated", b.validated(), n.validated());
        } else if (before instanceof ForeignKey b && after instanceof ForeignKey n) {
            a.add("columns", b.columns(), n.columns())
                    .add("referencedTable", b.referencedTable(), n.referencedTable())
                    .add("referencedColumns", b.referencedColumns(), n.referencedColumns())
                    .add("match", b.match(), n.match())
                    .add("onUpdate", b.onUpdate(), n.onUpdate())
                    .add("onDelete", b.onDelete(), n.onDelete())
                    .add("deferrable", b.deferrable(), n.deferrable())
                    .add("initiallyDeferred", b.initiallyDeferred(), n.initiallyDeferred())
                    .add("validated", b.validated(), n.validated());
        } else if (before instanceof ExclusionConstraint b && after instanceof ExclusionConstraint n) {
            a.add("method", b.method(), n.method())
                    .add("elements", b.elements(), n.elements())
                    .add("predicate", b.predicate(), n.predicate())
                    .add("deferrable", b.deferrable(), n.deferrable())
                    .add("initiallyDeferred", b.initiallyDeferred(), n.initiallyDeferred());
        } else {
            throw new IllegalArgumentException("constraints of different kinds: " + before + " / " + after);
        }
    }
}
