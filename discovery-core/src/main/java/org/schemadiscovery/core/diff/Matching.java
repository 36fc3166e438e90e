package org.schemadiscovery.core.diff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.RenameHint;

/**
 * Pairs the objects of one kind on both sides: first by the rename hints for that kind, then by key. Never guesses a
 * rename.
 *
 * @param <T> model type
 */
final class Matching<T> {
    /** Objects present on both sides, with their names on each side. */
    record Pair<T>(T before, T after, ObjectName from, ObjectName to) {
    }

    final List<Pair<T>> pairs = new ArrayList<>();
    final List<T> removed = new ArrayList<>();
    final List<T> added = new ArrayList<>();

    private Matching() {
    }

    /**
     * @param key  the identity of an object within its list (equal keys on both sides pair up)
     * @param fromName the name of a from-side object; hints are matched against it
     * @param toName   the name of a to-side object
     */
    static <T> Matching<T> of(ObjectType type, List<T> from, List<T> to, Function<T, String> key,
                              Function<T, ObjectName> fromName, Function<T, ObjectName> toName,
                              List<RenameHint> hints) {
        Matching<T> m = new Matching<>();
        Map<String, T> fromByKey = byKey(from, key);
        Map<String, T> toByKey = byKey(to, key);
        for (RenameHint hint : hints) {
            if (hint.type() != type) {
                continue;
            }
            String f = find(fromByKey, fromName, hint.from());
            String t = find(toByKey, toName, hint.to());
            if (f != null && t != null) {
                T before = fromByKey.remove(f);
                T after = toByKey.remove(t);
                m.pairs.add(new Pair<>(before, after, fromName.apply(before), toName.apply(after)));
            }
        }
        for (Map.Entry<String, T> e : fromByKey.entrySet()) {
            T after = toByKey.remove(e.getKey());
            if (after == null) {
                m.removed.add(e.getValue());
            } else {
                m.pairs.add(new Pair<>(e.getValue(), after, fromName.apply(e.getValue()), toName.apply(after)));
            }
        }
        m.added.addAll(toByKey.values());
        return m;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>(Math.max(4, items.size() * 2));
        for (T item : items) {
            String k = key.apply(item);
            // two objects with one key (unnamed constraints of the same definition) stay apart, in list order
            for (int n = 2; out.containsKey(k); n++) {
                k = key.apply(item) + "#" + n;
            }
            out.put(k, item);
        }
        return out;
    }

    private static <T> String find(Map<String, T> byKey, Function<T, ObjectName> name, ObjectName wanted) {
        for (Iterator<Map.Entry<String, T>> it = byKey.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, T> e = it.next();
            if (wanted.matches(name.apply(e.getValue()))) {
                return e.getKey();
            }
        }
        return null;
    }
}
