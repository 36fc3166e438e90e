package org.schemadiscovery.api.spi;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.schemadiscovery.api.model.TableRef;

/**
 * A cheap digest of the catalog state that discovery would read for one scope, taken in a constant number of
 * statements inside the discovery's own snapshot. Two equal fingerprints mean the discovered model would be equal;
 * data changes (INSERT, UPDATE, DELETE, ANALYZE, VACUUM) never move it.
 *
 * @param digest whole-scope digest: every object kind the model has (tables, views, routines, types, sequences,
 *               schemas, comments, privileges …), not only tables
 * @param tables one digest per table (and view or materialized view) in scope, so that a change can be located;
 *               a table missing on one side was added or dropped
 */
public record SchemaFingerprint(String digest, Map<TableRef, String> tables) {

    public SchemaFingerprint {
        Objects.requireNonNull(digest, "digest");
        tables = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(tables, "tables")));
    }

    /** Tables whose digest differs from {@code previous}'s, including tables added or dropped since. */
    public Set<TableRef> changedSince(SchemaFingerprint previous) {
        Set<TableRef> changed = new HashSet<>();
        tables.forEach((table, d) -> {
            if (!d.equals(previous.tables.get(table))) {
                changed.add(table);
            }
        });
        previous.tables.keySet().stream().filter(t -> !tables.containsKey(t)).forEach(changed::add);
        return Set.copyOf(changed);
    }
}
