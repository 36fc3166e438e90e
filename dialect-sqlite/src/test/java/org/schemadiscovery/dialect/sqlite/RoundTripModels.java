package org.schemadiscovery.dialect.sqlite;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;

/** Model comparison for round trips: names SQLite generates for constraint indexes are not part of the model. */
final class RoundTripModels {
    private RoundTripModels() {
    }

    /** What must survive a round trip: schemas, tables (auto-index names neutralised), views, recommendations. */
    static String comparable(SchemaInfo s) {
        StringBuilder sb = new StringBuilder();
        sb.append("schemas ").append(s.schemas()).append('\n');
        for (TableInfo t : s.tables()) {
            List<IndexInfo> indexes = t.indexes().stream().map(RoundTripModels::neutral)
                    .sorted(Comparator.comparing(IndexInfo::name)).toList();
            sb.append(t.withIndexes(indexes)).append('\n');
        }
        s.views().forEach(v -> sb.append(v).append('\n'));
        s.recommendations().forEach(r -> sb.append(r).append('\n'));
        s.warnings().forEach(w -> sb.append(w).append('\n'));
        return sb.toString();
    }

    private static IndexInfo neutral(IndexInfo i) {
        if (!i.name().startsWith("sqlite_autoindex_")) {
            return i;
        }
        String name = "sqlite_autoindex(" + i.options().get("origin") + ":"
                + i.elements().stream().map(Object::toString).collect(Collectors.joining(",")) + ")";
        String constraint = i.constraint() != null && i.constraint().startsWith("sqlite_autoindex_") ? name
                : i.constraint();
        return new IndexInfo(name, i.table(), i.unique(), i.method(), i.elements(), i.include(), i.predicate(),
                i.nullsNotDistinct(), constraint, i.valid(), i.options());
    }
}
