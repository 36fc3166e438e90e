package org.schemadiscovery.dialect.postgresql.migrate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.LeftOut;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.migration.TransactionGroup;
import org.schemadiscovery.api.migration.Unsupported;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.support.DependencyGraph;

/**
 * One planning run: the changes become {@link Op}s ({@link ChangeOps}), the ops' keys become "must come before"
 * edges, the graph is sorted, destructive ops and what depends on them are left out unless allowed, and the rest is
 * cut into transaction groups (a new group for each statement that cannot run in a transaction, and after enum
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
        DependencyGraph<Op> graph = graph(ops.ops);
        List<Op> sorted;
        try {
            sorted = graph.sorted();
        } catch (IllegalStateException cycle) {
            List<Unsupported> all = new ArrayList<>(ops.unsupported);
            for (SchemaChange c : changes) {
                all.add(new Unsupported(c, "the statements for these changes depend on each other in a cycle: "
                        + cycle.getMessage()));
            }
            return new MigrationPlan(dialect, options, List.of(), List.of(), all);
        }
        Set<Op> leftOut = options.allowDestructive() ? Set.of() : leftOut(graph, ops.ops);
        List<LeftOut> left = new ArrayList<>();
        List<Op> run = new ArrayList<>();
        for (Op op : sorted) {
            if (leftOut.contains(op)) {
                left.add(new LeftOut(op.step(), op.destructive() ? "destructive: "
                        + op.step().hazards().stream().filter(h -> h.kind().name().equals("DESTRUCTIVE")).findFirst()
                        .map(h -> h.detail()).orElse("") : "depends on a destructive step that was left out"));
            } else {
                run.add(op);
            }
        }
        return new MigrationPlan(dialect, options, groups(run, options.lockTimeout()), left, ops.unsupported);
    }

    private static boolean isView(SchemaChange c) {
        return c.type() == ObjectType.VIEW || c.type() == ObjectType.MATERIALIZED_VIEW;
    }

    /** Edges from keys: creators before users, users before droppers, droppers before re-creators. */
    private static DependencyGraph<Op> graph(List<Op> ops) {
        DependencyGraph<Op> g = new DependencyGraph<>();
        Map<String, List<Op>> creators = new HashMap<>();
        Map<String, List<Op>> releasers = new HashMap<>();
        for (Op op : ops) {
            g.add(op);
            op.creates.forEach(k -> creators.computeIfAbsent(k, x -> new ArrayList<>()).add(op));
            op.releases.forEach(k -> releasers.computeIfAbsent(k, x -> new ArrayList<>()).add(op));
        }
        for (Op op : ops) {
            for (String k : op.needs) {
                for (Op creator : creators.getOrDefault(k, List.of())) {
                    g.before(creator, op);
                }
            }
            for (String k : op.drops) {
                for (Op user : releasers.getOrDefault(k, List.of())) {
                    g.before(user, op);
                }
                for (Op creator : creators.getOrDefault(k, List.of())) {
                    g.before(op, creator);
                }
            }
            for (Op earlier : op.after) {
                g.before(earlier, op);
            }
        }
        return g;
    }

    /**
     * Destructive ops, everything that must come after them, and the drop half of a view rebuild whose recreate
     * half is left out (the view would otherwise be lost).
     */
    private static Set<Op> leftOut(DependencyGraph<Op> graph, List<Op> ops) {
        Set<Op> roots = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Op op : ops) {
            if (op.destructive()) {
                roots.add(op);
            }
        }
        if (roots.isEmpty()) {
            return Set.of();
        }
        Set<Op> out = new LinkedHashSet<>(graph.dependantsOf(roots));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Op op : ops) {
                if (op.recreatedBy != null && out.contains(op.recreatedBy) && !out.contains(op)) {
                    out.addAll(graph.dependantsOf(List.of(op)));
                    grew = true;
                }
            }
        }
        return out;
    }

    private static List<TransactionGroup> groups(List<Op> run, Duration lockTimeout) {
        String timeout = "'" + lockTimeout.toMillis() + "ms'";
        List<String> inTransaction = List.of("SET LOCAL lock_timeout = " + timeout);
        List<String> outside = List.of("SET lock_timeout = " + timeout);
        List<TransactionGroup> groups = new ArrayList<>();
        List<org.schemadiscovery.api.migration.MigrationStep> current = new ArrayList<>();
        for (Op op : run) {
            if (!op.transactional()) {
                flush(groups, current, inTransaction);
                groups.add(new TransactionGroup(outside, List.of(op.step()), false));
                continue;
            }
            current.add(op.step());
            if (op.commitAfter) {
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
