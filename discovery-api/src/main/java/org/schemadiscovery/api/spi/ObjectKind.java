package org.schemadiscovery.api.spi;

/** Kinds of objects a discovery run can be asked for. */
public enum ObjectKind {
    /** Tables and their columns. */
    TABLES,
    /** Views and materialized views. */
    VIEWS,
    /** Indexes. */
    INDEXES,
    /** Constraints (keys, checks, foreign keys). */
    CONSTRAINTS,
    /** Sequences. */
    SEQUENCES,
    /** User-defined types. */
    TYPES,
    /** Functions and procedures. */
    ROUTINES,
    /** Triggers. */
    TRIGGERS,
    /** Row-level security policies. */
    POLICIES,
    /** Extensions. */
    EXTENSIONS,
    /** Recommendations. */
    RECOMMENDATIONS
}
