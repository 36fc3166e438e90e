package org.schemadiscovery.core.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** Column lists compared as sets, without building sets for the short lists keys have. */
final class ColumnSets {
    private static final int SHORT = 8;

    private ColumnSets() {
    }

    /** True when both lists hold the same names, ignoring order and repeats. */
    static boolean sameSet(List<String> a, List<String> b) {
        if (a.size() > SHORT || b.size() > SHORT) {
            return new HashSet<>(a).equals(new HashSet<>(b));
        }
        return containsAll(a, b) && containsAll(b, a);
    }

    private static boolean containsAll(List<String> in, List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            String w = wanted.get(i);
            boolean found = false;
            for (int j = 0; j < in.size() && !found; j++) {
                found = Objects.equals(in.get(j), w);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
