package org.schemadiscovery.dialect.postgresql.migrate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.migration.TransactionGroup;
import org.schemadiscovery.api.migration.Unsupported;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.support.PlannedStep;
import org.schemadiscovery.api.support.StepOrder;

/**
 * One planning run: the changes become {@link PlannedStep}s ({@link ChangeOps}), {@link StepOrder} sorts them by
 * their keys and leaves out destructive steps and what depends on them unless allowed, and the rest is cut into
 * transaction groups (a new group for each statement that cannot run in a transaction, and after enum
 * values that later statements may use).
 */
public final class PgPlanner {
    private final String dialect;

    public PgPlanner(String dialect) {
        this.dialect = dialect;
    }

    public MigrationPlan plan(SchemaInfo from, SchemaInfo to, List<SchemaChange> changes, PlannerOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(options, "options");
        Views views = new Views(from, to);
        ChangeOps ops = new ChangeOps(from, to, options, views);
        // views first, so a column change finds the view's own drop and recreate instead of adding a second pair
        for (SchemaChange c : changes) {
            if (isView(c)) {
                ops.add(c);
            }
        }
        for (SchemaChange c : changes) {
            if (!isView(c)) {
                ops.add(c);
            }
        }
        StepOrder.Result order;
        try {
            order = StepOrder.order(ops.ops, options.allowDestructive());
        } catch (IllegalStateException cycle) {
            List<Unsupported> all = new ArrayList<>(ops.unsupported);
            for (SchemaChange c : changes) {
                all.add(new Unsupported(c, "the statements for these changes depend on each other in a cycle: "
                        + cycle.getMessage()));
            }
            return new MigrationPlan(dialect, options, List.of(), List.of(), all);
        }
        return new MigrationPlan(dialect, options, groups(order.run(), ops.commitAfter, options.lockTimeout()),
                order.leftOut(), ops.unsupported);
    }

    private static boolean isView(SchemaChange c) {
        return c.type() == ObjectType.VIEW || c.type() == ObjectType.MATERIALIZED_VIEW;
    }

    private static List<TransactionGroup> groups(List<PlannedStep> run, Set<PlannedStep> commitAfter,
                                                 Duration lockTimeout) {
        String timeout = "'" + lockTimeout.toMillis() + "ms'";
        List<String> inTransaction = List.of("SET LOCAL lock_timeout = " + timeout);
        List<String> outside = List.of("SET lock_timeout = " + timeout);
        List<TransactionGroup> groups = new ArrayList<>();
        List<org.schemadiscovery.api.migration.MigrationStep> current = new ArrayList<>();
        for (PlannedStep op : run) {
            if (op.has(HazardKind.NOT_TRANSACTIONAL)) {
                flush(groups, current, inTransaction);
                groups.add(new TransactionGroup(outside, List.of(op.step()), false));
                continue;
            }
            current.add(op.step());
            if (commitAfter.contains(op)) {
                flush(groups, current, inTransaction);
            }
        }
        flush(groups, current, inTransaction);
        return groups;
    }

    private static void flush(List<TransactionGroup> groups, List<org.schemadiscovery.api.migration.MigrationStep> steps,
                              List<String> settings) {
        if (!steps.isEmpty()) {
            groups.add(new TransactionGroup(settings, steps, true));
            steps.clear();
        }
    }
}
