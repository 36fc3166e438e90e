package org.schemadiscovery.dialect.sqlite.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.dialect.sqlite.parse.Names;

/**
 * A scope's table restriction ({@link DiscoveryScope#tables()}) as the catalog queries take it: one JSON array of
 * [schema, name] pairs bound as a parameter (the statement texts stay those of an unrestricted run), and the test
 * the assemblers apply to what comes back. SQLite folds identifier case, so names match case-insensitively, as the
 * queries match them.
 *
 * @param json the pairs, {@code []} without a restriction
 * @param keys the wanted (schema, folded name) keys, empty without a restriction
 */
public record Restriction(String json, Set<List<String>> keys) {
    /** No restriction. */
    public static final Restriction NONE = new Restriction("[]", Set.of());

    public Restriction {
        keys = Set.copyOf(keys);
    }

    /** The scope's restriction. */
    public static Restriction of(DiscoveryScope scope) {
        if (scope.tables().isEmpty()) {
            return NONE;
        }
        List<TableRef> sorted = scope.tables().stream().sorted().toList();
        String json = sorted.stream().map(t -> Snapshot.jsonArray(List.of(String.valueOf(t.schema()), t.name())))
                .collect(Collectors.joining(",", "[", "]"));
        return new Restriction(json, sorted.stream().map(Restriction::key).collect(Collectors.toSet()));
    }

    /** True when the table or view is wanted (always without a restriction). */
    public boolean wants(TableRef ref) {
        return keys.isEmpty() || keys.contains(key(ref));
    }

    private static List<String> key(TableRef ref) {
        return List.of(String.valueOf(ref.schema()), Names.key(ref.name()));
    }
}
