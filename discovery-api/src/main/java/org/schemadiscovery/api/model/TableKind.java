package org.schemadiscovery.api.model;

/** The kind of a table. */
public enum TableKind {
    /** An ordinary table. */
    TABLE,
    /** A partitioned parent table that stores no rows itself. */
    PARTITIONED,
    /** A partition of a partitioned table. */
    PARTITION,
    /** A foreign table served by another server. */
    FOREIGN,
    /** A virtual table implemented by a module (SQLite FTS5, R*Tree). */
    VIRTUAL
}
