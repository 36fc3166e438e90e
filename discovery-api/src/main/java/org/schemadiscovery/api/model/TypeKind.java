package org.schemadiscovery.api.model;

/** The kind of a user-defined type. */
public enum TypeKind {
    /** Enumerated labels. */
    ENUM,
    /** A domain over a base type. */
    DOMAIN,
    /** A composite type. */
    COMPOSITE,
    /** A range type. */
    RANGE,
    /** Other (base types from extensions). */
    OTHER
}
