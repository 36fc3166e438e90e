package org.schemadiscovery.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Defensive copies for record components: never null, never mutable. */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : List.copyOf(in);
    }

    static <T> Set<T> set(Set<T> in) {
        // the shared empty instances keep large models (tens of thousands of columns) small
        return in == null || in.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(in));
    }

    static <K, V> Map<K, V> map(Map<K, V> in) {
        return in == null || in.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(in));
    }
}
