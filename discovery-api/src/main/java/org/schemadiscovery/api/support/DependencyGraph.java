package org.schemadiscovery.api.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Nodes and "must come before" edges, sorted topologically. Migration planners order their steps with it: each
 * step is a node, and the model says which step needs which (a foreign key needs both tables, a view the columns it
 * reads), instead of a fixed list of phases.
 *
 * <p>The order is deterministic: among the nodes whose predecessors are all placed, the one added first comes first,
 * so independent steps keep the order they were added in. A cycle is an error that names the nodes on it.
 *
 * <pre>{@code
 * DependencyGraph<String> g = new DependencyGraph<>();
 * g.add("create view v");
 * g.add("create table t");
 * g.before("create table t", "create view v");
 * g.sorted();   // [create table t, create view v]
 * }</pre>
 *
 * Not thread-safe; build and sort on one thread.
 *
 * @param <T> node type, with value equality
 */
public final class DependencyGraph<T> {
    private final Map<T, Integer> index = new HashMap<>();
    private final List<T> nodes = new ArrayList<>();
    private final List<Set<Integer>> successors = new ArrayList<>();

    /** Adds a node (again: no change). Returns this graph. */
    public DependencyGraph<T> add(T node) {
        indexOf(node);
        return this;
    }

    /** Whether the node was added. */
    public boolean contains(T node) {
        return index.containsKey(node);
    }

    /** Number of nodes. */
    public int size() {
        return nodes.size();
    }

    /**
     * Says that {@code first} must come before {@code then}, adding either node if needed. A node before itself is
     * ignored: a step never waits for itself.
     */
    public DependencyGraph<T> before(T first, T then) {
        int a = indexOf(first);
        int b = indexOf(then);
        if (a != b) {
            successors.get(a).add(b);
        }
        return this;
    }

    /** The nodes that must come directly after this one, in the order the edges were added. */
    public List<T> successorsOf(T node) {
        Integer i = index.get(node);
        if (i == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int s : successors.get(i)) {
            out.add(nodes.get(s));
        }
        return Collections.unmodifiableList(out);
    }

    /** Every node reachable from the given ones through "before" edges, the given ones included, in added order. */
    public List<T> dependantsOf(Iterable<T> roots) {
        boolean[] seen = new boolean[nodes.size()];
        Deque<Integer> todo = new ArrayDeque<>();
        for (T root : roots) {
            Integer i = index.get(root);
            if (i != null && !seen[i]) {
                seen[i] = true;
                todo.add(i);
            }
        }
        while (!todo.isEmpty()) {
            for (int s : successors.get(todo.poll())) {
                if (!seen[s]) {
                    seen[s] = true;
                    todo.add(s);
                }
            }
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < seen.length; i++) {
            if (seen[i]) {
                out.add(nodes.get(i));
            }
        }
        return out;
    }

    /**
     * All nodes, each after every node that must come before it; ties in the order added.
     *
     * @throws IllegalStateException when the edges form a cycle, naming the nodes on one
     */
    public List<T> sorted() {
        int n = nodes.size();
        int[] inDegree = new int[n];
        for (Set<Integer> s : successors) {
            for (int t : s) {
                inDegree[t]++;
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (inDegree[i] == 0) {
                ready.add(i);
            }
        }
        List<T> out = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int i = ready.poll();
            out.add(nodes.get(i));
            for (int s : successors.get(i)) {
                if (--inDegree[s] == 0) {
                    ready.add(s);
                }
            }
        }
        if (out.size() < n) {
            throw new IllegalStateException("dependency cycle: " + cycle(inDegree));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * One cycle among the nodes left unplaced, as "a -> b -> a". Every unplaced node has an unplaced predecessor,
     * so walking predecessors must repeat a node.
     */
    private String cycle(int[] inDegree) {
        int n = nodes.size();
        int[] predecessor = new int[n];
        Arrays.fill(predecessor, -1);
        for (int i = 0; i < n; i++) {
            if (inDegree[i] > 0) {
                for (int s : successors.get(i)) {
                    if (inDegree[s] > 0 && predecessor[s] < 0) {
                        predecessor[s] = i;
                    }
                }
            }
        }
        int current = 0;
        while (inDegree[current] == 0) {
            current++;
        }
        Map<Integer, Integer> position = new LinkedHashMap<>();
        List<Integer> walk = new ArrayList<>();
        while (!position.containsKey(current)) {
            position.put(current, walk.size());
            walk.add(current);
            current = predecessor[current];
        }
        List<Integer> loop = new ArrayList<>(walk.subList(position.get(current), walk.size()));
        Collections.reverse(loop);
        StringBuilder sb = new StringBuilder();
        for (int i : loop) {
            sb.append(nodes.get(i)).append(" -> ");
        }
        return sb.append(nodes.get(loop.get(0))).toString();
    }

    private int indexOf(T node) {
        Objects.requireNonNull(node, "node");
        Integer i = index.get(node);
        if (i != null) {
            return i;
        }
        int next = nodes.size();
        index.put(node, next);
        nodes.add(node);
        successors.add(new LinkedHashSet<>());
        return next;
    }
}
