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
 */
public record MigrationStep(String sql, List<SchemaChange> changes, List<Hazard> hazards) {
    public MigrationStep {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a step needs a statement");
        }
        changes = List.copyOf(changes);
        hazards = List.copyOf(hazards);
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
