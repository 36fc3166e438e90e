package org.schemadiscovery.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;

/** Small edits of a model for comparison tests. */
final class Mutate {
    private Mutate() {
    }

    static <T> List<T> replace(List<T> in, Predicate<T> which, UnaryOperator<T> how) {
        List<T> out = new ArrayList<>(in.size());
        int hits = 0;
        for (T t : in) {
            if (which.test(t)) {
                hits++;
                T changed = how.apply(t);
                if (changed != null) {
                    out.add(changed);
                }
            } else {
                out.add(t);
            }
        }
        if (hits == 0) {
            throw new IllegalArgumentException("nothing to change");
        }
        return out;
    }

    static <T> List<T> plus(List<T> in, T extra) {
        List<T> out = new ArrayList<>(in);
        out.add(extra);
        return out;
    }

    static SchemaInfo table(SchemaInfo s, String name, UnaryOperator<TableInfo> how) {
        return s.toBuilder().tables(replace(s.tables(), t -> t.ref().name().equals(name), how)).build();
    }

    static SchemaInfo column(SchemaInfo s, String table, String column, UnaryOperator<ColumnInfo> how) {
        return table(s, table, t -> t.toBuilder()
                .columns(replace(t.columns(), c -> c.name().equals(column), how)).build());
    }

    static SchemaInfo index(SchemaInfo s, String table, String index, UnaryOperator<IndexInfo> how) {
        return table(s, table, t -> t.toBuilder()
                .indexes(replace(t.indexes(), i -> i.name().equals(index), how)).build());
    }

    static SchemaInfo constraint(SchemaInfo s, String table, Predicate<ConstraintInfo> which,
                                 UnaryOperator<ConstraintInfo> how) {
        return table(s, table, t -> t.toBuilder().constraints(replace(t.constraints(), which, how)).build());
    }
}
