package org.schemadiscovery.api.model;

/** Sort direction of an index key element. */
public enum SortOrder {
    /** Ascending (the default). */
    ASC,
    /** Descending. */
    DESC
}
