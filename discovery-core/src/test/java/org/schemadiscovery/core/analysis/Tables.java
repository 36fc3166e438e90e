package org.schemadiscovery.core.analysis;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;

/** A tiny builder for hand-made tables. */
final class Tables {
    private final TableRef ref;
    private TableKind kind = TableKind.TABLE;
    private PartitionInfo partition;
    private final List<String> columns = new ArrayList<>();
    private final List<ConstraintInfo> constraints = new ArrayList<>();
    private final List<IndexInfo> indexes = new ArrayList<>();

    private Tables(TableRef ref) {
        this.ref = ref;
    }

    static Tables table(String name) {
        return new Tables(TableRef.of("s", name));
    }

    static TableRef ref(String name) {
        return TableRef.of("s", name);
    }

    Tables kind(TableKind k) {
        this.kind = k;
        return this;
    }

    /** A partition of that parent table, with this bound. */
    Tables partitionOf(String parent, String bound) {
        this.kind = TableKind.PARTITION;
        this.partition = new PartitionInfo(null, null, ref(parent), bound);
        return this;
    }

    /** A partitioned table with this strategy and key. */
    Tables partitionedBy(String strategy, String key) {
        this.kind = TableKind.PARTITIONED;
        this.partition = new PartitionInfo(strategy, key, null, null);
        return this;
    }

    Tables columns(String... names) {
        columns.addAll(Arrays.asList(names));
        return this;
    }

    Tables pk(String... cols) {
        constraints.add(new PrimaryKey(ref.name() + "_pkey", ref, List.of(cols)));
        return this;
    }

    Tables constraint(ConstraintInfo c) {
        constraints.add(c);
        return this;
    }

    Tables fk(String name, String target, List<String> cols, List<String> refCols) {
        constraints.add(new ForeignKey(name, ref, cols, ref(target), refCols, MatchType.SIMPLE, null, null, false,
                false, true));
        return this;
    }

    Tables index(String name, boolean unique, String... cols) {
        indexes.add(new IndexInfo(name, ref, unique, "btree",
                Arrays.stream(cols).map(IndexElement::column).toList(), List.of(), null, false, null, true, Map.of()));
        return this;
    }

    Tables index(IndexInfo i) {
        indexes.add(i);
        return this;
    }

    TableInfo build() {
        List<ColumnInfo> cols = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cols.add(ColumnInfo.simple(columns.get(i), i + 1, DataType.of("int", Types.INTEGER), true));
        }
        return TableInfo.builder(ref, kind).columns(cols).indexes(indexes).constraints(constraints)
                .partition(partition).build();
    }
}
