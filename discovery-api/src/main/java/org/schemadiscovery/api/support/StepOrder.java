package org.schemadiscovery.api.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.migration.Hazard;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.LeftOut;

/**
 * Orders {@link PlannedStep}s by their keys with a {@link DependencyGraph} — creators before users, users (and
 * releasers) before droppers, droppers before re-creators, plus explicit {@link PlannedStep#after} edges — and,
 * unless destructive steps are allowed, leaves out every destructive step and every step that must come after one.
 *
 * <pre>{@code
 * StepOrder.Result r = StepOrder.order(steps, options.allowDestructive());
 * r.run();      // the steps to run, in order
 * r.leftOut();  // the others, each with its reason
 * }</pre>
 */
public final class StepOrder {
    private StepOrder() {
    }

    /**
     * @param run     the steps that run, in order
     * @param leftOut the steps left out, in order, with reasons
     */
    public record Result(List<PlannedStep> run, List<LeftOut> leftOut) {
        public Result {
            run = List.copyOf(run);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * @throws IllegalStateException when the steps depend on each other in a cycle, naming it
     */
    public static Result order(List<PlannedStep> steps, boolean allowDestructive) {
        DependencyGraph<PlannedStep> graph = graph(steps);
        List<PlannedStep> sorted = graph.sorted();
        Set<PlannedStep> out = allowDestructive ? Set.of() : leftOut(graph, steps);
        List<PlannedStep> run = new ArrayList<>();
        List<LeftOut> left = new ArrayList<>();
        for (PlannedStep s : sorted) {
            if (!out.contains(s)) {
                run.add(s);
            } else if (s.has(HazardKind.DESTRUCTIVE)) {
                left.add(new LeftOut(s.step(), "destructive: " + s.hazardList().stream()
                        .filter(h -> h.kind() == HazardKind.DESTRUCTIVE).map(Hazard::detail).findFirst()
                        .orElse("")));
            } else {
                left.add(new LeftOut(s.step(), "depends on a destructive step that was left out"));
            }
        }
        return new Result(run, left);
    }

    private static DependencyGraph<PlannedStep> graph(List<PlannedStep> steps) {
        DependencyGraph<PlannedStep> g = new DependencyGraph<>();
        Map<String, List<PlannedStep>> creators = new HashMap<>();
        Map<String, List<PlannedStep>> releasers = new HashMap<>();
        for (PlannedStep s : steps) {
            g.add(s);
            s.createdKeys().forEach(k -> creators.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
            s.releasedKeys().forEach(k -> releasers.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
        }
        for (PlannedStep s : steps) {
            for (String k : s.neededKeys()) {
                for (PlannedStep creator : creators.getOrDefault(k, List.of())) {
                    g.before(creator, s);
                }
            }
            for (String k : s.droppedKeys()) {
                for (PlannedStep user : releasers.getOrDefault(k, List.of())) {
                    g.before(user, s);
                }
                for (PlannedStep creator : creators.getOrDefault(k, List.of())) {
                    g.before(s, creator);
                }
            }
            for (PlannedStep earlier : s.afterSteps()) {
                g.before(earlier, s);
            }
        }
        return g;
    }

    /**
     * Destructive steps, everything that must come after them, and every step that is worth running only with one
     * of those ({@link PlannedStep#onlyWith}), with what comes after it.
     */
    private static Set<PlannedStep> leftOut(DependencyGraph<PlannedStep> graph, List<PlannedStep> steps) {
        Set<PlannedStep> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PlannedStep s : steps) {
            if (s.has(HazardKind.DESTRUCTIVE)) {
                roots.add(s);
            }
        }
        if (roots.isEmpty()) {
            return Set.of();
        }
        Set<PlannedStep> out = new LinkedHashSet<>(graph.dependantsOf(roots));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (PlannedStep s : steps) {
                if (s.onlyWithStep() != null && out.contains(s.onlyWithStep()) && !out.contains(s)) {
                    out.addAll(graph.dependantsOf(List.of(s)));
                    grew = true;
                }
            }
        }
        return out;
    }
}
