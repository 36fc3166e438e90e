package org.schemadiscovery.api.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link org.schemadiscovery.api.spi.MigrationPlanner} made of a comparison: transaction groups of ordered
 * steps, the steps it left out, and the changes it could not implement.
 *
 * <pre>{@code
 * MigrationPlan plan = planner.plan(from, to, changes, PlannerOptions.defaults());
 * for (TransactionGroup g : plan.groups()) { ... }
 * if (!plan.complete()) { plan.leftOut().forEach(l -> System.err.println(l.reason() + ": " + l.step().sql())); }
 * }</pre>
 *
 * @param dialect     the planner's dialect id
 * @param options     the options it planned with
 * @param groups      transaction groups in the order they run
 * @param leftOut     steps not run (destructive, or depending on a destructive step), in plan order
 * @param unsupported changes no step implements, with reasons
 */
public record MigrationPlan(String dialect, PlannerOptions options, List<TransactionGroup> groups,
                            List<LeftOut> leftOut, List<Unsupported> unsupported) {
    public MigrationPlan {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(options, "options");
        groups = List.copyOf(groups);
        leftOut = List.copyOf(leftOut);
        unsupported = List.copyOf(unsupported);
    }

    /** Every step that runs, in order. */
    public List<MigrationStep> steps() {
        List<MigrationStep> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.steps()));
        return all;
    }

    /** Whether running the plan implements every change: nothing left out, nothing unsupported. */
    public boolean complete() {
        return leftOut.isEmpty() && unsupported.isEmpty();
    }

    /** Whether there is nothing to run. */
    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
