package org.schemadiscovery.tck;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.Relationship;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;

/** Views of the model the kit compares: without run-specific parts (metrics, database name, generated names). */
final class KitModelViews {
    /** Privileges are not compared (see {@link Comparable}); said explicitly where a copy drops them. */
    private static final List<Privilege> NO_PRIVILEGES = List.of();

    private KitModelViews() {
    }

    /**
     * What a DDL round trip must preserve, with catalogs removed (the second database has another name) and the
     * names the database generated replaced by null. Comments of every kind are kept (the renderer writes them);
     * privileges, and the owners of sequences and routines, are left out: a script writes them only when asked,
     * and the kit's scripts are not. Statistics (row estimates) are not schema and are left out too.
     */
    record Comparable(List<String> schemas, List<TableInfo> tables, List<ViewInfo> views,
                      List<SequenceInfo> sequences, List<TypeInfo> types, List<RoutineInfo> routines,
                      List<Relationship> relationships) {
    }

    /** The schema without its metrics (they differ between any two runs). */
    static SchemaInfo withoutMetrics(SchemaInfo schema) {
        return schema.withMetrics(DiscoveryMetrics.empty());
    }

    /** A column without its dialect options. */
    static ColumnInfo withoutOptions(ColumnInfo c) {
        return new ColumnInfo(c.name(), c.ordinal(), c.type(), c.nullable(), c.defaultValue(), c.identity(),
                c.generated(), c.collation(), c.comment(), c.hidden(), Map.of());
    }

    /** An index without its dialect options. */
    static IndexInfo withoutOptions(IndexInfo i) {
        return i.toBuilder().options(Map.of()).build();
    }

    static Comparable comparable(SchemaInfo s, Predicate<String> generatedName) {
        return comparable(s, generatedName, null);
    }

    /**
     * {@link #comparable(SchemaInfo, Predicate)} where the schema {@code databaseSchema} is the test database itself
     * (MySQL family): it reads as {@code <database>}, so databases of different names compare equal.
     */
    static Comparable comparable(SchemaInfo s, Predicate<String> generatedName, String databaseSchema) {
        Normalizer n = new Normalizer(generatedName, databaseSchema);
        return new Comparable(s.schemas().stream().map(n::schema).toList(),
                s.tables().stream().map(n::table).toList(),
                s.views().stream().map(n::view).toList(),
                s.sequences().stream().map(n::sequence).toList(),
                s.types().stream().map(t -> new TypeInfo(n.ref(t.ref()), t.kind(), t.enumLabels(), t.baseType(),
                        t.domainDefault(), t.domainNotNull(), t.domainChecks(), t.attributes(), t.owner(),
                        t.comment())).toList(),
                s.routines().stream().map(r -> RoutineInfo.builder(n.ref(r.ref()), r.kind()).arguments(r.arguments())
                        .language(r.language()).returnType(r.returnType()).definition(r.definition())
                        .comment(r.comment()).build()).toList(),
                s.relationships().stream().map(n::relationship).toList());
    }

    /** Rewrites references and generated names. */
    private record Normalizer(Predicate<String> generatedName, String databaseSchema) {
        String schema(String schema) {
            return schema != null && schema.equals(databaseSchema) ? "<database>" : schema;
        }

        TableRef ref(TableRef r) {
            return r == null ? null : new TableRef(null, schema(r.schema()), r.name());
        }

        String name(String name) {
            return name != null && generatedName.test(name) ? null : name;
        }

        TableInfo table(TableInfo t) {
            PartitionInfo p = t.partition();
            // rowEstimate stays unset: a statistic, not schema (it differs between two copies of one schema)
            return TableInfo.builder(ref(t.ref()), t.kind())
                    .columns(t.columns().stream().map(this::column).toList())
                    .indexes(t.indexes().stream().map(this::index).toList())
                    .constraints(t.constraints().stream().map(this::constraint).toList())
                    .triggers(t.triggers().stream().map(this::trigger).toList())
                    .partition(p == null ? null : new PartitionInfo(p.strategy(), p.key(), ref(p.parent()), p.bound()))
                    .owner(t.owner()).comment(t.comment()).rowLevelSecurity(t.rowLevelSecurity())
                    .policies(t.policies().stream().map(x -> new PolicyInfo(x.name(), ref(x.table()), x.command(),
                            x.permissive(), x.roles(), x.using(), x.withCheck(), x.comment())).toList())
                    .options(t.options()).build();
        }

        ColumnInfo column(ColumnInfo c) {
            ColumnIdentity id = c.identity();
            ColumnIdentity identity = id == null ? null
                    : new ColumnIdentity(id.generation(), id.sequence() == null ? null : sequence(id.sequence()));
            return new ColumnInfo(c.name(), c.ordinal(), c.type(), c.nullable(), c.defaultValue(), identity,
                    c.generated(), c.collation(), c.comment(), c.hidden(), c.options());
        }

        SequenceInfo sequence(SequenceInfo q) {
            return SequenceInfo.builder(ref(q.ref())).dataType(q.dataType()).start(q.start()).increment(q.increment())
                    .min(q.min()).max(q.max()).cache(q.cache()).cycle(q.cycle()).ownedBy(q.ownedBy())
                    .lastValue(q.lastValue()).comment(q.comment()).build();
        }

        IndexInfo index(IndexInfo i) {
            return new IndexInfo(name(i.name()) == null ? "<generated>" : i.name(), ref(i.table()), i.unique(),
                    i.method(), i.elements(), i.include(), i.predicate(), i.nullsNotDistinct(), name(i.constraint()),
                    i.valid(), generatedName.test(i.name()) ? Map.of() : i.options(), i.comment());
        }

        ConstraintInfo constraint(ConstraintInfo c) {
            if (c instanceof PrimaryKey pk) {
                return new PrimaryKey(name(pk.name()), ref(pk.table()), pk.columns(), pk.comment());
            }
            if (c instanceof UniqueConstraint u) {
                return new UniqueConstraint(name(u.name()), ref(u.table()), u.columns(), u.nullsNotDistinct(),
                        u.deferrable(), u.initiallyDeferred(), u.comment());
            }
            if (c instanceof CheckConstraint k) {
                return new CheckConstraint(name(k.name()), ref(k.table()), k.columns(), k.expression(),
                        k.validated(), k.comment());
            }
            if (c instanceof ForeignKey f) {
                return new ForeignKey(name(f.name()), ref(f.table()), f.columns(), ref(f.referencedTable()),
                        f.referencedColumns(), f.match(), f.onUpdate(), f.onDelete(), f.deferrable(),
                        f.initiallyDeferred(), f.validated(), f.comment());
            }
            ExclusionConstraint x = (ExclusionConstraint) c;
            return new ExclusionConstraint(name(x.name()), ref(x.table()), x.method(), x.elements(), x.predicate(),
                    x.deferrable(), x.initiallyDeferred(), x.comment());
        }

        TriggerInfo trigger(TriggerInfo t) {
            return new TriggerInfo(t.name(), ref(t.table()), t.timing(), t.events(), t.columns(), t.forEachRow(),
                    t.function(), t.definition(), t.comment());
        }

        ViewInfo view(ViewInfo v) {
            return new ViewInfo(ref(v.ref()), v.definition(), v.materialized(),
                    v.columns().stream().map(this::column).toList(), v.indexes().stream().map(this::index).toList(),
                    v.triggers().stream().map(this::trigger).toList(), v.owner(), v.comment(), NO_PRIVILEGES);
        }

        Relationship relationship(Relationship r) {
            return new Relationship(r.kind(), ref(r.from()), r.fromColumns(), ref(r.to()), r.toColumns(),
                    ref(r.junction()), r.via().stream().map(v -> name(v) == null ? "<generated>" : v).toList());
        }
    }
}
