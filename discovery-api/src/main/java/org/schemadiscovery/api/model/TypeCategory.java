package org.schemadiscovery.api.model;

/** What a column's type refers to. */
public enum TypeCategory {
    /** A built-in scalar type. */
    BUILTIN,
    /** A user-defined enum type. */
    ENUM,
    /** A domain over another type. */
    DOMAIN,
    /** A composite (row) type. */
    COMPOSITE,
    /** A range type. */
    RANGE,
    /** Anything else (pseudo, base types from extensions). */
    OTHER
}
