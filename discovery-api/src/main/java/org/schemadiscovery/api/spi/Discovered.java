package org.schemadiscovery.api.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.TableRef;

/**
 * What a discovery call found plus what it could not read: plugins report warnings instead of throwing for a single
 * unreadable object.
 *
 * @param items    objects found, in a deterministic order
 * @param warnings what could not be read
 * @param <T>      object type
 */
public record Discovered<T>(List<T> items, List<DiscoveryWarning> warnings) {
    public Discovered {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /** Found everything, no warnings. */
    public static <T> Discovered<T> of(List<T> items) {
        return new Discovered<>(items, List.of());
    }

    /** Nothing found, no warnings. */
    public static <T> Discovered<T> empty() {
        return new Discovered<>(List.of(), List.of());
    }

    /** Items grouped by their table, preserving order. */
    public Map<TableRef, List<T>> byTable(Function<T, TableRef> tableOf) {
        Map<TableRef, List<T>> grouped = new LinkedHashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(tableOf.apply(item), k -> new ArrayList<>()).add(item);
        }
        return grouped;
    }
}
