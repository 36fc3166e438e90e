package org.schemadiscovery.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.support.DependencyGraph;

@DisplayName("DependencyGraph: topological order for migration steps")
class DependencyGraphTest {

    @Test
    @DisplayName("independent nodes keep the order they were added in")
    void insertionOrderForIndependentNodes() {
        DependencyGraph<String> g = new DependencyGraph<>();
        g.add("c").add("a").add("b");
        assertThat(g.sorted()).containsExactly("c", "a", "b");
    }

    @Test
    @DisplayName("a node comes after every node it depends on, even one added later")
    void edgesWin() {
        DependencyGraph<String> g = new DependencyGraph<>();
        g.add("view v").add("fk t->u").add("table u").add("table t");
        g.before("table t", "view v").before("table t", "fk t->u").before("table u", "fk t->u");
        assertThat(g.sorted()).containsExactly("table u", "table t", "view v", "fk t->u");
    }

    @Test
    @DisplayName("a chain of views on views is ordered by the chain")
    void chains() {
        DependencyGraph<Integer> g = new DependencyGraph<>();
        for (int i = 9; i >= 0; i--) {
            g.add(i);
        }
        for (int i = 0; i < 9; i++) {
            g.before(i, i + 1);
        }
        assertThat(g.sorted()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    @DisplayName("a node before itself is ignored; a repeated edge counts once")
    void selfAndRepeatedEdges() {
        DependencyGraph<String> g = new DependencyGraph<>();
        g.before("a", "a").before("a", "b").before("a", "b");
        assertThat(g.sorted()).containsExactly("a", "b");
        assertThat(g.successorsOf("a")).containsExactly("b");
        assertThat(g.size()).isEqualTo(2);
        assertThat(g.contains("b")).isTrue();
        assertThat(g.contains("z")).isFalse();
    }

    @Test
    @DisplayName("a cycle fails and names the nodes on it, not those merely behind it")
    void cycle() {
        DependencyGraph<String> g = new DependencyGraph<>();
        g.add("free").before("x", "y").before("y", "z").before("z", "x").before("z", "behind").before("free", "x");
        assertThatThrownBy(g::sorted).isInstanceOf(IllegalStateException.class)
                .hasMessage("dependency cycle: y -> z -> x -> y");
    }

    @Test
    @DisplayName("of two cycles through one node, the one named is walked along the first predecessor found")
    void twoCycles() {
        DependencyGraph<String> g = new DependencyGraph<>();
        g.before("x", "y").before("y", "x").before("w", "y").before("y", "w");
        assertThatThrownBy(g::sorted).isInstanceOf(IllegalStateException.class)
                .hasMessage("dependency cycle: y -> x -> y");
    }

    @Test
    @DisplayName("dependants: everything reachable from the roots, roots included, in added order")
    void dependants() {
        DependencyGraph<String> g = new DependencyGraph<>();
        g.add("drop col").add("other").add("view").add("index on view");
        g.before("drop col", "view").before("view", "index on view");
        assertThat(g.dependantsOf(List.of("drop col"))).containsExactly("drop col", "view", "index on view");
        assertThat(g.dependantsOf(List.of("other"))).containsExactly("other");
        assertThat(g.dependantsOf(List.of("unknown"))).isEmpty();
    }

    @Test
    @DisplayName("random acyclic graphs: every edge is respected")
    void randomGraphs() {
        Random random = new Random(19);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            List<Integer> shuffled = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                shuffled.add(i);
            }
            java.util.Collections.shuffle(shuffled, random);
            DependencyGraph<Integer> g = new DependencyGraph<>();
            shuffled.forEach(g::add);
            List<int[]> edges = new ArrayList<>();
            for (int e = 0; e < n * 2; e++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a < b) {
                    g.before(a, b);
                    edges.add(new int[] {a, b});
                }
            }
            List<Integer> order = g.sorted();
            assertThat(order).hasSize(n).doesNotHaveDuplicates();
            for (int[] e : edges) {
                assertThat(order.indexOf(e[0])).isLessThan(order.indexOf(e[1]));
            }
        }
    }
}
