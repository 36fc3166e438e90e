package org.schemadiscovery.api.migration;

import java.util.Objects;

/**
 * One hazard of a migration step: its kind, why, and for {@link HazardKind#BLOCKS_WRITES} the lock taken.
 *
 * @param kind      the hazard
 * @param detail    why, in words ("drops column app.users.email"), never null
 * @param lockLevel the lock named by the database ("ACCESS EXCLUSIVE", "SHARE"), or null when no lock is named
 */
public record Hazard(HazardKind kind, String detail, String lockLevel) {
    public Hazard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
        if (kind == HazardKind.BLOCKS_WRITES && lockLevel == null) {
            throw new IllegalArgumentException("a blocks-writes hazard names its lock level: " + detail);
        }
    }

    /** A hazard without a lock level. */
    public static Hazard of(HazardKind kind, String detail) {
        return new Hazard(kind, detail, null);
    }

    /** Blocks writes while holding this lock. */
    public static Hazard blocksWrites(String lockLevel, String detail) {
        return new Hazard(HazardKind.BLOCKS_WRITES, detail, Objects.requireNonNull(lockLevel, "lockLevel"));
    }

    @Override
    public String toString() {
        return kind.id() + (lockLevel == null ? "" : " (" + lockLevel + ")") + ": " + detail;
    }
}
