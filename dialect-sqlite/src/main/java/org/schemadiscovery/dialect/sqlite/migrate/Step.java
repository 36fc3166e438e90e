package org.schemadiscovery.dialect.sqlite.migrate;

import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.Hazard;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationStep;

/**
 * A statement being planned: a node of the dependency graph. Identity equality, so two equal statements (a view
 * dropped twice would be a bug anyway) stay two nodes.
 */
final class Step {
    final String sql;
    final List<SchemaChange> changes = new ArrayList<>();
    final List<Hazard> hazards = new ArrayList<>();
    /** For a view or trigger dropped only to be recreated: the recreating step; both are left out together. */
    Step recreatedBy;
    /** Drops or rebuilds a table: the plan switches foreign keys off around its transaction. */
    boolean needsForeignKeysOff;
    /** A query whose rows mean its group must roll back (see {@link MigrationStep#failsOnRows()}). */
    boolean failsOnRows;

    Step(String sql) {
        this.sql = sql;
    }

    Step change(SchemaChange c) {
        if (c != null && !changes.contains(c)) {
            changes.add(c);
        }
        return this;
    }

    Step hazard(HazardKind kind, String detail) {
        hazards.add(Hazard.of(kind, detail));
        return this;
    }

    Step failsOnRows() {
        failsOnRows = true;
        return this;
    }

    boolean destructive() {
        return hazards.stream().anyMatch(h -> h.kind() == HazardKind.DESTRUCTIVE);
    }

    MigrationStep toStep() {
        return new MigrationStep(sql, changes, hazards, failsOnRows);
    }

    @Override
    public String toString() {
        return sql;
    }
}
