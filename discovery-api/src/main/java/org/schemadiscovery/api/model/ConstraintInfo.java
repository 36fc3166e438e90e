package org.schemadiscovery.api.model;

import java.util.List;

/**
 * A table constraint. The set of kinds is closed so that renderers and rules can switch over it exhaustively.
 */
public sealed interface ConstraintInfo
        permits PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey, ExclusionConstraint {
    /** Constraint name; generated names are reported as the database stores them, or null if it stores none. */
    String name();

    /** The constrained table. */
    TableRef table();

    /** The constrained columns in order; empty when the constraint is on an expression only. */
    List<String> columns();

    /** The constraint's comment ({@code COMMENT ON CONSTRAINT}), or null. */
    String comment();
}
