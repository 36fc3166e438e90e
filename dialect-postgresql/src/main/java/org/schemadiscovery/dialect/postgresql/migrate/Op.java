package org.schemadiscovery.dialect.postgresql.migrate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.Hazard;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationStep;

/**
 * One planned statement and what it means for ordering, in object keys ({@link Keys}): what it creates, what must
 * exist before it runs, what it drops, and what it stops using (so a drop of that object waits for it).
 */
final class Op {
    final String sql;
    final List<SchemaChange> changes = new ArrayList<>();
    final List<Hazard> hazards = new ArrayList<>();
    final Set<String> creates = new LinkedHashSet<>();
    final Set<String> needs = new LinkedHashSet<>();
    final Set<String> drops = new LinkedHashSet<>();
    final Set<String> releases = new LinkedHashSet<>();
    final List<Op> after = new ArrayList<>();
    /** A new transaction must start after this one (an enum value added here may be used by later steps). */
    boolean commitAfter;
    /** For a view dropped only to be recreated: the recreating op; the two are left out together. */
    Op recreatedBy;

    Op(String sql, SchemaChange change) {
        this.sql = sql;
        if (change != null) {
            changes.add(change);
        }
    }

    Op hazard(HazardKind kind, String detail) {
        hazards.add(Hazard.of(kind, detail));
        return this;
    }

    Op blocks(String lock, String detail) {
        hazards.add(Hazard.blocksWrites(lock, detail));
        return this;
    }

    Op creates(String key) {
        creates.add(key);
        return this;
    }

    Op needs(String key) {
        needs.add(key);
        return this;
    }

    Op drops(String key) {
        drops.add(key);
        return this;
    }

    Op releases(String key) {
        releases.add(key);
        return this;
    }

    /** This op runs after {@code other}. */
    Op after(Op other) {
        after.add(other);
        return this;
    }

    boolean destructive() {
        return hazards.stream().anyMatch(h -> h.kind() == HazardKind.DESTRUCTIVE);
    }

    boolean transactional() {
        return hazards.stream().noneMatch(h -> h.kind() == HazardKind.NOT_TRANSACTIONAL);
    }

    MigrationStep step() {
        return new MigrationStep(sql, changes, hazards);
    }

    @Override
    public String toString() {
        return sql;
    }
}
