package org.schemadiscovery.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * Rewrites every schema name a model holds (object references, foreign-key targets, partition parents, type
 * references of columns, a sequence's owning column) through a map, and drops catalogs, so that the two sides of a
 * comparison share one namespace. Stored definitions (view bodies, check expressions) are left to the dialect's
 * normaliser.
 */
final class SchemaRenaming {
    private final Map<String, String> schemas;

    private SchemaRenaming(Map<String, String> schemas) {
        this.schemas = schemas;
    }

    /** The schema with its schema names mapped (names not in the map stay) and catalogs dropped. */
    static SchemaInfo apply(SchemaInfo s, Map<String, String> schemaMap) {
        SchemaRenaming r = new SchemaRenaming(schemaMap);
        if (schemaMap.isEmpty() && !r.hasCatalogs(s)) {
            return s;
        }
        return s.toBuilder()
                .schemas(s.schemas().stream().map(r::schema).toList())
                .tables(map(s.tables(), r::table))
                .views(map(s.views(), r::view))
                .sequences(map(s.sequences(), r::sequence))
                .types(map(s.types(), t -> t.toBuilder().ref(r.ref(t.ref())).build()))
                .routines(map(s.routines(), x -> x.toBuilder().ref(r.ref(x.ref())).build()))
                .extensions(map(s.extensions(), e -> e.toBuilder().schema(r.schema(e.schema())).build()))
                .schemaDetails(map(s.schemaDetails(), d -> new SchemaDetails(r.schema(d.name()), d.owner(),
                        d.comment(), d.privileges())))
                .build();
    }

    /** Whether any reference names a catalog (cheaper to look than to rebuild the model). */
    private boolean hasCatalogs(SchemaInfo s) {
        for (TableInfo t : s.tables()) {
            if (t.ref().catalog() != null || (t.partition() != null && t.partition().parent() != null
                    && t.partition().parent().catalog() != null)) {
                return true;
            }
            for (ConstraintInfo c : t.constraints()) {
                if (c.table().catalog() != null
                        || c instanceof ForeignKey f && f.referencedTable().catalog() != null) {
                    return true;
                }
            }
        }
        return s.views().stream().anyMatch(v -> v.ref().catalog() != null)
                || s.sequences().stream().anyMatch(q -> q.ref().catalog() != null)
                || s.types().stream().anyMatch(t -> t.ref().catalog() != null)
                || s.routines().stream().anyMatch(r -> r.ref().catalog() != null);
    }

    private static <T> List<T> map(List<T> in, java.util.function.UnaryOperator<T> f) {
        List<T> out = new ArrayList<>(in.size());
        for (T t : in) {
            out.add(f.apply(t));
        }
        return out;
    }

    String schema(String schema) {
        return schema == null ? null : schemas.getOrDefault(schema, schema);
    }

    TableRef ref(TableRef ref) {
        return ref == null ? null : new TableRef(null, schema(ref.schema()), ref.name());
    }

    private TableInfo table(TableInfo t) {
        PartitionInfo p = t.partition();
        return t.toBuilder().ref(ref(t.ref()))
                .columns(map(t.columns(), this::column))
                .indexes(map(t.indexes(), this::index))
                .constraints(map(t.constraints(), this::constraint))
                .triggers(map(t.triggers(), this::trigger))
                .partition(p == null ? null : new PartitionInfo(p.strategy(), p.key(), ref(p.parent()), p.bound()))
                .policies(map(t.policies(), x -> x.toBuilder().table(ref(x.table())).build()))
                .build();
    }

    private ViewInfo view(ViewInfo v) {
        return v.toBuilder().ref(ref(v.ref())).columns(map(v.columns(), this::column))
                .indexes(map(v.indexes(), this::index)).triggers(map(v.triggers(), this::trigger)).build();
    }

    private ColumnInfo column(ColumnInfo c) {
        DataType type = c.type();
        if (type.typeSchema() != null) {
            type = type.toBuilder().typeSchema(schema(type.typeSchema())).build();
        }
        ColumnIdentity id = c.identity();
        if (id != null && id.sequence() != null) {
            id = new ColumnIdentity(id.generation(), sequence(id.sequence()));
        }
        return c.toBuilder().type(type).identity(id).build();
    }

    private SequenceInfo sequence(SequenceInfo q) {
        String ownedBy = q.ownedBy();
        if (ownedBy != null && q.ref().schema() != null && ownedBy.startsWith(q.ref().schema() + ".")) {
            ownedBy = schema(q.ref().schema()) + ownedBy.substring(q.ref().schema().length());
        }
        return q.toBuilder().ref(ref(q.ref())).ownedBy(ownedBy).build();
    }

    private IndexInfo index(IndexInfo i) {
        return i.toBuilder().table(ref(i.table())).build();
    }

    private TriggerInfo trigger(TriggerInfo t) {
        return t.toBuilder().table(ref(t.table())).build();
    }

    private ConstraintInfo constraint(ConstraintInfo c) {
        if (c instanceof PrimaryKey pk) {
            return new PrimaryKey(pk.name(), ref(pk.table()), pk.columns(), pk.comment());
        }
        if (c instanceof UniqueConstraint u) {
            return u.toBuilder().table(ref(u.table())).build();
        }
        if (c instanceof CheckConstraint k) {
            return k.toBuilder().table(ref(k.table())).build();
        }
        if (c instanceof ForeignKey f) {
            return f.toBuilder().table(ref(f.table())).referencedTable(ref(f.referencedTable())).build();
        }
        ExclusionConstraint x = (ExclusionConstraint) c;
        return x.toBuilder().table(ref(x.table())).build();
    }
}
