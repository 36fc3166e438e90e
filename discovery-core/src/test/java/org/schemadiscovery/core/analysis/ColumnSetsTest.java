package org.schemadiscovery.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnSetsTest {
    @Test
    void comparesAsSetsIgnoringOrderAndRepeats() {
        assertThat(ColumnSets.sameSet(List.of("a", "b"), List.of("b", "a"))).isTrue();
        assertThat(ColumnSets.sameSet(List.of("a", "a", "b"), List.of("b", "a"))).isTrue();
        assertThat(ColumnSets.sameSet(List.of("a", "b"), List.of("a", "c"))).isFalse();
        assertThat(ColumnSets.sameSet(List.of("a"), List.of("a", "b"))).isFalse();
        assertThat(ColumnSets.sameSet(List.of(), List.of())).isTrue();
        assertThat(ColumnSets.sameSet(Arrays.asList("a", null), Arrays.asList(null, "a"))).isTrue();
        assertThat(ColumnSets.sameSet(Arrays.asList("a", null), List.of("a"))).isFalse();
    }

    @Test
    void agreesWithHashSetEqualityOnShortAndLongLists() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            List<String> a = randomColumns(random);
            List<String> b = random.nextInt(3) == 0 ? shuffled(a, random) : randomColumns(random);
            assertThat(ColumnSets.sameSet(a, b)).as("%s vs %s", a, b)
                    .isEqualTo(new HashSet<>(a).equals(new HashSet<>(b)));
        }
    }

    private static List<String> randomColumns(Random random) {
        int size = random.nextInt(12);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add("c" + random.nextInt(6));
        }
        return out;
    }

    private static List<String> shuffled(List<String> in, Random random) {
        List<String> out = new ArrayList<>(in);
        java.util.Collections.shuffle(out, random);
        return out;
    }
}
