package org.schemadiscovery.api.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.Hazard;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationStep;

/**
 * A statement a migration planner means to run, with what it means for ordering, in object keys the planner
 * chooses ({@code "table:app.users"}): what it creates, what must exist before it runs, what it drops, and what it
 * stops using (so a drop of that object waits for it). {@link StepOrder} turns the keys into a
 * {@link DependencyGraph} and sorts it.
 *
 * <pre>{@code
 * PlannedStep add = new PlannedStep("ALTER TABLE t ADD c int", change).creates("col:t.c").needs("table:t");
 * }</pre>
 *
 * Identity equality: two steps with the same SQL are two nodes. Not thread-safe; one planning run builds it.
 */
public final class PlannedStep {
    private final String sql;
    private final List<SchemaChange> changes = new ArrayList<>();
    private final List<Hazard> hazards = new ArrayList<>();
    private final Set<String> creates = new LinkedHashSet<>();
    private final Set<String> needs = new LinkedHashSet<>();
    private final Set<String> drops = new LinkedHashSet<>();
    private final Set<String> releases = new LinkedHashSet<>();
    private final List<PlannedStep> after = new ArrayList<>();
    private PlannedStep onlyWith;

    /**
     * @param sql    one statement without its trailing semicolon
     * @param change the change it implements, or null for a helper step
     */
    public PlannedStep(String sql, SchemaChange change) {
        this.sql = Objects.requireNonNull(sql, "sql");
        if (change != null) {
            changes.add(change);
        }
    }

    public String sql() {
        return sql;
    }

    /** Records that it also implements this change. */
    public PlannedStep implementing(SchemaChange change) {
        if (!changes.contains(change)) {
            changes.add(Objects.requireNonNull(change, "change"));
        }
        return this;
    }

    public PlannedStep hazard(HazardKind kind, String detail) {
        hazards.add(Hazard.of(kind, detail));
        return this;
    }

    /** A {@link HazardKind#BLOCKS_WRITES} hazard naming the lock. */
    public PlannedStep blocks(String lock, String detail) {
        hazards.add(Hazard.blocksWrites(lock, detail));
        return this;
    }

    /** It creates (or gives its new shape to) the object with this key. */
    public PlannedStep creates(String key) {
        creates.add(key);
        return this;
    }

    /** It runs after every step that creates this key. */
    public PlannedStep needs(String key) {
        needs.add(key);
        return this;
    }

    /** It drops this key: after the steps that release it, before the steps that create it again. */
    public PlannedStep drops(String key) {
        drops.add(key);
        return this;
    }

    /** It stops using this key, so a drop of it waits for this step. */
    public PlannedStep releases(String key) {
        releases.add(key);
        return this;
    }

    /** It runs after {@code other}. */
    public PlannedStep after(PlannedStep other) {
        after.add(Objects.requireNonNull(other, "other"));
        return this;
    }

    /**
     * It is worth running only if {@code other} runs too (the drop half of a view dropped to be recreated by
     * {@code other}): when {@code other} is left out, so is this step, with everything after it.
     */
    public PlannedStep onlyWith(PlannedStep other) {
        onlyWith = Objects.requireNonNull(other, "other");
        return this;
    }

    /** Whether it also implements this change. */
    public boolean implementsChange(SchemaChange change) {
        return changes.contains(change);
    }

    public boolean has(HazardKind kind) {
        return hazards.stream().anyMatch(h -> h.kind() == kind);
    }

    Set<String> createdKeys() {
        return creates;
    }

    Set<String> neededKeys() {
        return needs;
    }

    Set<String> droppedKeys() {
        return drops;
    }

    Set<String> releasedKeys() {
        return releases;
    }

    List<PlannedStep> afterSteps() {
        return after;
    }

    PlannedStep onlyWithStep() {
        return onlyWith;
    }

    List<Hazard> hazardList() {
        return hazards;
    }

    /** The step as the plan holds it. */
    public MigrationStep step() {
        return new MigrationStep(sql, changes, hazards);
    }

    @Override
    public String toString() {
        return sql;
    }
}
