package org.schemadiscovery.core.generic;

import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.GeneratedColumn;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeCategory;

/** Builders for expected model values. */
final class Expect {
    private Expect() {
    }

    static DataType type(String base, int jdbc, Integer... mods) {
        String declared = mods.length == 0 ? base : base + "(" + String.join(",",
                java.util.Arrays.stream(mods).map(String::valueOf).toList()) + ")";
        return new DataType(declared, base, List.of(mods), 0, TypeCategory.BUILTIN, null, jdbc);
    }

    static DataType array(String base) {
        return new DataType(base + "[]", base, List.of(), 1, TypeCategory.BUILTIN, null, java.sql.Types.ARRAY);
    }

    static ColumnInfo col(String name, int ordinal, DataType type, boolean nullable) {
        return ColumnInfo.simple(name, ordinal, type, nullable);
    }

    static ColumnInfo col(String name, int ordinal, DataType type, boolean nullable, String def) {
        return new ColumnInfo(name, ordinal, type, nullable, def, null, null, null, null, false, Map.of());
    }

    static ColumnInfo auto(String name, int ordinal, DataType type, String def) {
        return new ColumnInfo(name, ordinal, type, false, def,
                new ColumnIdentity(IdentityGeneration.BY_DEFAULT, null), null, null, null, false, Map.of());
    }

    static ColumnInfo generated(String name, int ordinal, DataType type, String expression) {
        return new ColumnInfo(name, ordinal, type, true, null, null, new GeneratedColumn(expression, true), null,
                null, false, Map.of());
    }

    static ColumnInfo commented(String name, int ordinal, DataType type, boolean nullable, String comment) {
        return new ColumnInfo(name, ordinal, type, nullable, null, null, null, null, comment, false, Map.of());
    }

    static IndexInfo index(String name, TableRef table, boolean unique, String constraint, String predicate,
                           IndexElement... elements) {
        return new IndexInfo(name, table, unique, null, List.of(elements), List.of(), predicate, false, constraint,
                true, Map.of());
    }

    static IndexElement asc(String column) {
        return IndexElement.column(column);
    }

    static IndexElement desc(String column) {
        return new IndexElement(column, null, SortOrder.DESC, NullsOrder.DEFAULT, null, null);
    }
}
