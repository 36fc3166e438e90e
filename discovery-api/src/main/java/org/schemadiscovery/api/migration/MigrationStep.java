package org.schemadiscovery.api.migration;

import java.util.List;
import java.util.Objects;
import org.schemadiscovery.api.diff.SchemaChange;

/**
 * One statement of a migration: its SQL, the changes it implements (several steps may implement one change, e.g.
 * drop and recreate a view around a column change) and its hazards.
 *
 * @param sql     one executable statement without its trailing semicolon
 * @param changes the changes it implements or helps implement; empty for a helper step (a view dropped to be
 *                recreated)
 * @param hazards what can go wrong, possibly none
 * @param failsOnRows a check rather than a change: a query whose rows name what is wrong (SQLite's
 *                {@code PRAGMA foreign_key_check}); any row means its group must roll back instead of commit
 */
public record MigrationStep(String sql, List<SchemaChange> changes, List<Hazard> hazards, boolean failsOnRows) {
    public MigrationStep {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a step needs a statement");
        }
        changes = List.copyOf(changes);
        hazards = List.copyOf(hazards);
    }

    /** A step that changes the schema (not a check). */
    public MigrationStep(String sql, List<SchemaChange> changes, List<Hazard> hazards) {
        this(sql, changes, hazards, false);
    }

    /** A check: a query whose rows mean that its group must roll back (see {@link #failsOnRows()}). */
    public static MigrationStep check(String sql, List<Hazard> hazards) {
        return new MigrationStep(sql, List.of(), hazards, true);
    }

    /** Whether the step has a hazard of this kind. */
    public boolean has(HazardKind kind) {
        return hazards.stream().anyMatch(h -> h.kind() == kind);
    }

    /** Whether it drops an object or data: left out unless destructive steps are allowed. */
    public boolean destructive() {
        return has(HazardKind.DESTRUCTIVE);
    }

    /** Whether it must run outside a transaction block. */
    public boolean transactional() {
        return !has(HazardKind.NOT_TRANSACTIONAL);
    }
}
