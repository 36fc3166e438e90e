package org.schemadiscovery.core.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * Puts tables and views read again into a stored snapshot's lists: every stored one in the reread set is replaced by
 * what was read (or removed when nothing was: it was dropped), what was read and not stored is added, and the result
 * is ordered by reference as a full discovery orders it. What was read outside the reread set is dropped, so a
 * dialect that ignores the table restriction gives the same result as one that honours it.
 */
final class SnapshotMerge {
    private SnapshotMerge() {
    }

    static List<TableInfo> tables(List<TableInfo> stored, Set<TableRef> reread, List<TableInfo> read) {
        return merge(stored, reread, read, TableInfo::ref);
    }

    static List<ViewInfo> views(List<ViewInfo> stored, Set<TableRef> reread, List<ViewInfo> read) {
        return merge(stored, reread, read, ViewInfo::ref);
    }

    /** Only the items whose reference is in the set. */
    static <T> List<T> within(List<T> items, Set<TableRef> reread, Function<T, TableRef> ref) {
        return items.stream().filter(i -> reread.contains(ref.apply(i))).toList();
    }

    private static <T> List<T> merge(List<T> stored, Set<TableRef> reread, List<T> read, Function<T, TableRef> ref) {
        List<T> out = new ArrayList<>(stored.size() + read.size());
        for (T item : stored) {
            if (!reread.contains(ref.apply(item))) {
                out.add(item);
            }
        }
        out.addAll(within(read, reread, ref));
        out.sort(Comparator.comparing(ref));
        return List.copyOf(out);
    }
}
