package org.schemadiscovery.api.model;

/** Cardinality of a relationship derived from foreign keys. */
public enum RelationshipKind {
    /** The referencing columns are unique. */
    ONE_TO_ONE,
    /** The usual case. */
    ONE_TO_MANY,
    /** Two tables linked through a junction table. */
    MANY_TO_MANY
}
