package org.schemadiscovery.api.model;

/** Where NULLs sort in an index key element. */
public enum NullsOrder {
    /** The database's default for the sort direction. */
    DEFAULT,
    /** NULLS FIRST. */
    FIRST,
    /** NULLS LAST. */
    LAST
}
