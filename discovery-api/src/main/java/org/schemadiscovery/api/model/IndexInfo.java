package org.schemadiscovery.api.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An index.
 *
 * @param name             index name
 * @param table            indexed table (or materialized view)
 * @param unique           unique index
 * @param method           access method (btree, gin, ...), or null where the database has one kind
 * @param elements         key elements in order
 * @param include          INCLUDE (covering, non-key) columns
 * @param predicate        partial-index predicate, or null
 * @param nullsNotDistinct NULLS NOT DISTINCT
 * @param constraint       name of the constraint this index backs (PK, UNIQUE, EXCLUDE), or null
 * @param valid            false when the index is invalid (e.g. a failed concurrent build)
 * @param options          dialect details (origin, parent index, definition), never null
 */
public record IndexInfo(String name, TableRef table, boolean unique, String method, List<IndexElement> elements,
                        List<String> include, String predicate, boolean nullsNotDistinct, String constraint,
                        boolean valid, Map<String, String> options) {
    public IndexInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        elements = Copies.list(elements);
        include = Copies.list(include);
        options = Copies.map(options);
    }

    /** True when the index exists to enforce a constraint. */
    public boolean constraintBacked() {
        return constraint != null;
    }

    /** Key columns in order; null entries stand for expression keys. */
    public List<String> keyColumns() {
        List<String> out = new ArrayList<>(elements.size());
        for (IndexElement e : elements) {
            out.add(e.column());
        }
        return Collections.unmodifiableList(out);
    }
}
