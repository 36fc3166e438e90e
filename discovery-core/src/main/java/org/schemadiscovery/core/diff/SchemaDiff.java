package org.schemadiscovery.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.RenameHint;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.diff.SchemaNormalizer;

/**
 * Compares two schema models: what a migration would have to change to turn {@code from} into {@code to}.
 *
 * <pre>{@code
 * List<SchemaChange> changes = SchemaDiff.compare(production, snapshot, DiffOptions.builder()
 *         .rename(ObjectType.TABLE, "app.customer", "app.client")
 *         .ignore(DiffAspect.OWNERS)
 *         .build());
 * changes.forEach(System.out::println);   // "~ column app.users.email  type varchar(100) → text, ..."
 * }</pre>
 *
 * <p>The list is immutable and ordered by schema, then {@link org.schemadiscovery.api.diff.ObjectType} (an order
 * in which objects come after what they depend on), then owning table, then name. Objects are matched by name;
 * a rename is reported only for a hint. Statistics (row estimates, a sequence's last value) are never compared.
 * The comparison is dialect-free: {@link DiffOptions#normalizer()} (the facade's
 * {@code SchemaDiscovery.compare} supplies the dialect's) makes both sides canonical first. Stateless and
 * thread-safe.
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /**
     * The changes from {@code from} to {@code to}.
     *
     * @throws IllegalArgumentException when {@link DiffOptions#schemaMap()} names a schema a side does not have,
     *                                  or maps two schemas onto one name
     */
    public static List<SchemaChange> compare(SchemaInfo from, SchemaInfo to, DiffOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(options, "options");
        SchemaNormalizer normalizer = options.normalizer();
        if (normalizer != null) {
            from = Objects.requireNonNull(normalizer.normalize(from), "normalizer returned null");
            to = Objects.requireNonNull(normalizer.normalize(to), "normalizer returned null");
        }
        Map<String, String> toFrom = toFromSchemas(from, to, options);
        SchemaInfo canonicalFrom = SchemaRenaming.apply(from, Map.of());
        SchemaInfo canonicalTo = SchemaRenaming.apply(to, toFrom);
        return new Comparison(options, hints(options.renames(), toFrom)).run(canonicalFrom, canonicalTo);
    }

    /** To-side schema name → the from-side name it is compared with. */
    private static Map<String, String> toFromSchemas(SchemaInfo from, SchemaInfo to, DiffOptions options) {
        Set<String> fromSchemas = new LinkedHashSet<>(from.schemas());
        Set<String> toSchemas = new LinkedHashSet<>(to.schemas());
        Map<String, String> out = new HashMap<>();
        if (options.schemaMap().isEmpty()) {
            if (fromSchemas.size() == 1 && toSchemas.size() == 1) {
                String f = fromSchemas.iterator().next();
                String t = toSchemas.iterator().next();
                if (!f.equals(t)) {
                    out.put(t, f);
                }
            }
            return out;
        }
        options.schemaMap().forEach((f, t) -> {
            if (!fromSchemas.contains(f)) {
                throw new IllegalArgumentException("schema map " + f + "=" + t + ": the from side has no schema "
                        + f + " (it has " + fromSchemas + ")");
            }
            if (!toSchemas.contains(t)) {
                throw new IllegalArgumentException("schema map " + f + "=" + t + ": the to side has no schema " + t
                        + " (it has " + toSchemas + ")");
            }
            out.put(t, f);
        });
        Set<String> seen = new LinkedHashSet<>();
        for (String t : toSchemas) {
            String mapped = out.getOrDefault(t, t);
            if (!seen.add(mapped)) {
                throw new IllegalArgumentException("schema map " + options.schemaMap() + ": two schemas of the to"
                        + " side would both be compared with " + mapped);
            }
        }
        return out;
    }

    /** Hints whose to-side names are moved into the from side's schema names, as the to model is. */
    private static List<RenameHint> hints(List<RenameHint> hints, Map<String, String> toFrom) {
        if (toFrom.isEmpty()) {
            return hints;
        }
        List<RenameHint> out = new ArrayList<>(hints.size());
        for (RenameHint h : hints) {
            ObjectName t = h.to();
            String schema = t.schema() == null ? null : toFrom.getOrDefault(t.schema(), t.schema());
            out.add(new RenameHint(h.type(), h.from(), new ObjectName(schema, t.parent(), t.name())));
        }
        return out;
    }
}
