package org.schemadiscovery.api.migration;

/** What can go wrong when a migration step runs. */
public enum HazardKind {
    /** Drops an object, or data with it: left out of a plan unless destructive steps are allowed. */
    DESTRUCTIVE,
    /** Loses data while keeping the object: a dropped column, a narrowing type change. */
    DATA_LOSS,
    /** Rewrites or rebuilds the whole table (a type change PostgreSQL cannot do in place, SQLite's table copy). */
    TABLE_REBUILD,
    /** Holds a lock that blocks writes (or reads) while it runs; {@link Hazard#lockLevel()} names it. */
    BLOCKS_WRITES,
    /** Builds an index, which takes time on a large table. */
    LONG_INDEX_BUILD,
    /** Checks every existing row (NOT NULL, CHECK, FOREIGN KEY, VALIDATE CONSTRAINT) and fails if one violates it. */
    VALIDATES_EXISTING_ROWS,
    /** Cannot run inside a transaction block; the step is a transaction group of its own. */
    NOT_TRANSACTIONAL;

    /** Lower-case words with dashes, as in JSON and the script's comments: {@code "blocks-writes"}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
