package org.schemadiscovery.core.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.RenameHint;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.ViewInfo;

/** One comparison of two models that already share a namespace (normalised, schemas mapped). */
final class Comparison {
    private final DiffOptions options;
    private final List<RenameHint> hints;
    private final ChangeList changes = new ChangeList();

    Comparison(DiffOptions options, List<RenameHint> hints) {
        this.options = options;
        this.hints = hints;
    }

    List<SchemaChange> run(SchemaInfo from, SchemaInfo to) {
        schemas(schemaDetails(from), schemaDetails(to));
        extensions(from.extensions(), to.extensions());
        types(from.types(), to.types());
        sequences(from.sequences(), to.sequences());
        routines(from.routines(), to.routines());
        tables(from.tables(), to.tables());
        views(from.views(), to.views());
        return changes.sorted();
    }

    private static ObjectName top(TableRef ref) {
        return new ObjectName(ref.schema(), null, ref.name());
    }

    private static String key(TableRef ref) {
        return ref.schema() + "\u0000" + ref.name();
    }

    private <T> Matching<T> match(ObjectType type, List<T> from, List<T> to, Function<T, String> key,
                                  Function<T, ObjectName> name) {
        return Matching.of(type, from, to, key, name, name, hints);
    }

    /** Every listed schema with its details; a schema without details has no owner, comment or privileges. */
    private static List<SchemaDetails> schemaDetails(SchemaInfo s) {
        Map<String, SchemaDetails> byName = new HashMap<>();
        s.schemaDetails().forEach(d -> byName.put(d.name(), d));
        List<SchemaDetails> out = new ArrayList<>(s.schemas().size());
        for (String name : s.schemas()) {
            out.add(byName.getOrDefault(name, new SchemaDetails(name, null, null, List.of())));
        }
        return out;
    }

    private void schemas(List<SchemaDetails> from, List<SchemaDetails> to) {
        Function<SchemaDetails, ObjectName> name = s -> new ObjectName(null, null, s.name());
        Matching<SchemaDetails> m = match(ObjectType.SCHEMA, from, to, SchemaDetails::name, name);
        report(ObjectType.SCHEMA, m, name);
        for (Matching.Pair<SchemaDetails> p : m.pairs) {
            SchemaDetails b = p.before();
            SchemaDetails a = p.after();
            changes.pair(ObjectType.SCHEMA, p.to(), p.to(), b, a, attrs()
                    .owner(b.owner(), a.owner())
                    .comment(b.comment(), a.comment())
                    .privileges(b.privileges(), a.privileges()).list());
        }
    }

    private void extensions(List<ExtensionInfo> from, List<ExtensionInfo> to) {
        Function<ExtensionInfo, ObjectName> name = e -> new ObjectName(e.schema(), null, e.name());
        Matching<ExtensionInfo> m = match(ObjectType.EXTENSION, from, to, ExtensionInfo::name, name);
        m.removed.forEach(e -> changes.removed(ObjectType.EXTENSION, name.apply(e), e));
        m.added.forEach(e -> changes.added(ObjectType.EXTENSION, name.apply(e), e));
        for (Matching.Pair<ExtensionInfo> p : m.pairs) {
            ExtensionInfo b = p.before();
            ExtensionInfo a = p.after();
            changes.pair(ObjectType.EXTENSION, p.to(), p.to(), b, a, attrs()
                    .add("version", b.version(), a.version()).add("schema", b.schema(), a.schema())
                    .comment(b.comment(), a.comment()).list());
        }
    }

    private void types(List<TypeInfo> from, List<TypeInfo> to) {
        Matching<TypeInfo> m = match(ObjectType.TYPE, from, to, t -> key(t.ref()), t -> top(t.ref()));
        report(ObjectType.TYPE, m, t -> top(t.ref()));
        for (Matching.Pair<TypeInfo> p : m.pairs) {
            TypeInfo b = p.before();
            TypeInfo a = p.after();
            changes.pair(ObjectType.TYPE, p.from(), p.to(), b, a, attrs()
                    .add("kind", b.kind(), a.kind())
                    .add("enumLabels", b.enumLabels(), a.enumLabels())
                    .add("baseType", b.baseType(), a.baseType())
                    .add("domainDefault", b.domainDefault(), a.domainDefault())
                    .add("domainNotNull", b.domainNotNull(), a.domainNotNull())
                    .add("domainChecks", b.domainChecks(), a.domainChecks())
                    .add("attributes", b.attributes(), a.attributes())
                    .owner(b.owner(), a.owner())
                    .comment(b.comment(), a.comment()).list());
        }
    }

    private void sequences(List<SequenceInfo> from, List<SequenceInfo> to) {
        Matching<SequenceInfo> m = match(ObjectType.SEQUENCE, from, to, q -> key(q.ref()), q -> top(q.ref()));
        report(ObjectType.SEQUENCE, m, q -> top(q.ref()));
        for (Matching.Pair<SequenceInfo> p : m.pairs) {
            SequenceInfo b = p.before();
            SequenceInfo a = p.after();
            // lastValue is data, not schema
            changes.pair(ObjectType.SEQUENCE, p.from(), p.to(), b, a, attrs()
                    .add("dataType", b.dataType(), a.dataType())
                    .add("start", b.start(), a.start())
                    .add("increment", b.increment(), a.increment())
                    .add("min", b.min(), a.min())
                    .add("max", b.max(), a.max())
                    .add("cache", b.cache(), a.cache())
                    .add("cycle", b.cycle(), a.cycle())
                    .add("ownedBy", b.ownedBy(), a.ownedBy())
                    .owner(b.owner(), a.owner())
                    .comment(b.comment(), a.comment())
                    .privileges(b.privileges(), a.privileges()).list());
        }
    }

    private void routines(List<RoutineInfo> from, List<RoutineInfo> to) {
        Function<RoutineInfo, ObjectName> name = r -> new ObjectName(r.ref().schema(), null,
                r.ref().name() + "(" + r.arguments() + ")");
        Matching<RoutineInfo> m = match(ObjectType.ROUTINE, from, to, r -> key(r.ref()) + "(" + r.arguments() + ")",
                name);
        report(ObjectType.ROUTINE, m, name);
        for (Matching.Pair<RoutineInfo> p : m.pairs) {
            RoutineInfo b = p.before();
            RoutineInfo a = p.after();
            changes.pair(ObjectType.ROUTINE, p.from(), p.to(), b, a, attrs()
                    .add("kind", b.kind(), a.kind())
                    .add("language", b.language(), a.language())
                    .add("returnType", b.returnType(), a.returnType())
                    .add("definition", b.definition(), a.definition())
                    .owner(b.owner(), a.owner())
                    .comment(b.comment(), a.comment())
                    .privileges(b.privileges(), a.privileges()).list());
        }
    }

    private void tables(List<TableInfo> from, List<TableInfo> to) {
        Matching<TableInfo> m = match(ObjectType.TABLE, from, to, t -> key(t.ref()), t -> top(t.ref()));
        report(ObjectType.TABLE, m, t -> top(t.ref()));
        for (Matching.Pair<TableInfo> p : m.pairs) {
            TableInfo b = p.before();
            TableInfo a = p.after();
            // rowEstimate is a statistic, never compared
            changes.pair(ObjectType.TABLE, p.from(), p.to(), b, a, attrs()
                    .add("kind", b.kind(), a.kind())
                    .add("options", b.options(), a.options())
                    .add("partition", b.partition(), a.partition())
                    .add("rowLevelSecurity", b.rowLevelSecurity(), a.rowLevelSecurity())
                    .owner(b.owner(), a.owner())
                    .comment(b.comment(), a.comment())
                    .privileges(b.privileges(), a.privileges()).list());
            Parent parent = new Parent(p.from(), p.to());
            // equal lists (the common case) cannot differ by name or attribute: skip matching them
            if (!b.columns().equals(a.columns())) {
                columns(parent, b.columns(), a.columns());
            }
            if (!b.constraints().equals(a.constraints())) {
                constraints(parent, b.constraints(), a.constraints());
            }
            if (!b.indexes().equals(a.indexes())) {
                indexes(parent, b.indexes(), a.indexes());
            }
            if (!b.triggers().equals(a.triggers())) {
                triggers(parent, b.triggers(), a.triggers());
            }
            if (!b.policies().equals(a.policies())) {
                policies(parent, b.policies(), a.policies());
            }
        }
    }

    private void views(List<ViewInfo> from, List<ViewInfo> to) {
        List<ViewInfo> fromPlain = new ArrayList<>();
        List<ViewInfo> fromMaterialized = new ArrayList<>();
        List<ViewInfo> toPlain = new ArrayList<>();
        List<ViewInfo> toMaterialized = new ArrayList<>();
        from.forEach(v -> (v.materialized() ? fromMaterialized : fromPlain).add(v));
        to.forEach(v -> (v.materialized() ? toMaterialized : toPlain).add(v));
        views(ObjectType.VIEW, fromPlain, toPlain);
        views(ObjectType.MATERIALIZED_VIEW, fromMaterialized, toMaterialized);
    }

    private void views(ObjectType type, List<ViewInfo> from, List<ViewInfo> to) {
        Matching<ViewInfo> m = match(type, from, to, v -> key(v.ref()), v -> top(v.ref()));
        report(type, m, v -> top(v.ref()));
        for (Matching.Pair<ViewInfo> p : m.pairs) {
            ViewInfo b = p.before();
            ViewInfo a = p.after();
            changes.pair(type, p.from(), p.to(), b, a, attrs()
                    .add("definition", b.definition(), a.definition())
                    .addCompared("columns", b.columns(), a.columns(), viewColumns(b.columns()),
                            viewColumns(a.columns()))
                    .owner(b.owner(), a.owner())
                    .comment(b.comment(), a.comment())
                    .privileges(b.privileges(), a.privileges()).list());
            Parent parent = new Parent(p.from(), p.to());
            indexes(parent, b.indexes(), a.indexes());
            triggers(parent, b.triggers(), a.triggers());
        }
    }

    /** A view's columns follow from its definition: their names and types are what a reader sees change. */
    private static List<String> viewColumns(List<ColumnInfo> columns) {
        List<String> out = new ArrayList<>(columns.size());
        for (ColumnInfo c : columns) {
            out.add(c.name() + " " + c.type().declared());
        }
        return out;
    }

    /** The owning table or view of a child object, named on each side. */
    private record Parent(ObjectName from, ObjectName to) {
        ObjectName fromChild(String name) {
            return new ObjectName(from.schema(), from.name(), name);
        }

        ObjectName toChild(String name) {
            return new ObjectName(to.schema(), to.name(), name);
        }
    }

    /** Children are reported under the to-side name of their owner (where a migration finds them). */
    private <T> Matching<T> matchChildren(ObjectType type, Parent parent, List<T> from, List<T> to,
                                          Function<T, String> name) {
        Matching<T> m = Matching.of(type, from, to, name, x -> parent.fromChild(name.apply(x)),
                x -> parent.toChild(name.apply(x)), hints);
        m.removed.forEach(x -> changes.removed(type, parent.toChild(name.apply(x)), x));
        m.added.forEach(x -> changes.added(type, parent.toChild(name.apply(x)), x));
        return m;
    }

    private void columns(Parent parent, List<ColumnInfo> from, List<ColumnInfo> to) {
        Matching<ColumnInfo> m = matchChildren(ObjectType.COLUMN, parent, from, to, ColumnInfo::name);
        for (Matching.Pair<ColumnInfo> p : m.pairs) {
            ColumnInfo b = p.before();
            ColumnInfo a = p.after();
            // the ordinal is left out: a dropped column leaves a gap in some catalogs and none in a rebuilt copy
            changes.pair(ObjectType.COLUMN, parent.toChild(b.name()), p.to(), b, a, attrs()
                    .add("type", b.type(), a.type())
                    .add("nullable", b.nullable(), a.nullable())
                    .add("default", b.defaultValue(), a.defaultValue())
                    .addCompared("identity", b.identity(), a.identity(), IdentityShape.of(b.identity()),
                            IdentityShape.of(a.identity()))
                    .add("generated", b.generated(), a.generated())
                    .add("collation", b.collation(), a.collation())
                    .add("hidden", b.hidden(), a.hidden())
                    .add("options", b.options(), a.options())
                    .comment(b.comment(), a.comment()).list());
        }
    }

    private void constraints(Parent parent, List<ConstraintInfo> from, List<ConstraintInfo> to) {
        Map<ObjectType, List<ConstraintInfo>> fromByType = byType(from);
        Map<ObjectType, List<ConstraintInfo>> toByType = byType(to);
        for (ObjectType type : ObjectType.values()) {
            List<ConstraintInfo> f = fromByType.getOrDefault(type, List.of());
            List<ConstraintInfo> t = toByType.getOrDefault(type, List.of());
            if (f.isEmpty() && t.isEmpty()) {
                continue;
            }
            Matching<ConstraintInfo> m = Matching.of(type, f, t, ConstraintShapes::key,
                    c -> parent.fromChild(ConstraintShapes.name(c)), c -> parent.toChild(ConstraintShapes.name(c)),
                    hints);
            m.removed.forEach(c -> changes.removed(type, parent.toChild(ConstraintShapes.name(c)), c));
            m.added.forEach(c -> changes.added(type, parent.toChild(ConstraintShapes.name(c)), c));
            for (Matching.Pair<ConstraintInfo> p : m.pairs) {
                Attributes a = attrs();
                ConstraintShapes.compare(p.before(), p.after(), a);
                a.comment(p.before().comment(), p.after().comment());
                changes.pair(type, parent.toChild(ConstraintShapes.name(p.before())), p.to(), p.before(),
                        p.after(), a.list());
            }
        }
    }

    private static Map<ObjectType, List<ConstraintInfo>> byType(List<ConstraintInfo> constraints) {
        Map<ObjectType, List<ConstraintInfo>> out = new EnumMap<>(ObjectType.class);
        for (ConstraintInfo c : constraints) {
            out.computeIfAbsent(ConstraintShapes.type(c), k -> new ArrayList<>(2)).add(c);
        }
        return out;
    }

    private void indexes(Parent parent, List<IndexInfo> from, List<IndexInfo> to) {
        Matching<IndexInfo> m = matchChildren(ObjectType.INDEX, parent, ownIndexes(from), ownIndexes(to),
                IndexInfo::name);
        for (Matching.Pair<IndexInfo> p : m.pairs) {
            IndexInfo b = p.before();
            IndexInfo a = p.after();
            changes.pair(ObjectType.INDEX, parent.toChild(b.name()), p.to(), b, a, attrs()
                    .add("unique", b.unique(), a.unique())
                    .add("method", b.method(), a.method())
                    .add("elements", b.elements(), a.elements())
                    .add("include", b.include(), a.include())
                    .add("predicate", b.predicate(), a.predicate())
                    .add("nullsNotDistinct", b.nullsNotDistinct(), a.nullsNotDistinct())
                    .add("valid", b.valid(), a.valid())
                    .add("options", b.options(), a.options())
                    .comment(b.comment(), a.comment()).list());
        }
    }

    /** An index that backs a constraint comes and goes with it: the constraint's change stands for both. */
    private static List<IndexInfo> ownIndexes(List<IndexInfo> indexes) {
        List<IndexInfo> out = new ArrayList<>(indexes.size());
        for (IndexInfo i : indexes) {
            if (!i.constraintBacked()) {
                out.add(i);
            }
        }
        return out;
    }

    private void triggers(Parent parent, List<TriggerInfo> from, List<TriggerInfo> to) {
        Matching<TriggerInfo> m = matchChildren(ObjectType.TRIGGER, parent, from, to, TriggerInfo::name);
        for (Matching.Pair<TriggerInfo> p : m.pairs) {
            TriggerInfo b = p.before();
            TriggerInfo a = p.after();
            changes.pair(ObjectType.TRIGGER, parent.toChild(b.name()), p.to(), b, a, attrs()
                    .add("timing", b.timing(), a.timing())
                    .add("events", b.events(), a.events())
                    .add("columns", b.columns(), a.columns())
                    .add("forEachRow", b.forEachRow(), a.forEachRow())
                    .add("function", b.function(), a.function())
                    .add("definition", b.definition(), a.definition())
                    .comment(b.comment(), a.comment()).list());
        }
    }

    private void policies(Parent parent, List<PolicyInfo> from, List<PolicyInfo> to) {
        Matching<PolicyInfo> m = matchChildren(ObjectType.POLICY, parent, from, to, PolicyInfo::name);
        for (Matching.Pair<PolicyInfo> p : m.pairs) {
            PolicyInfo b = p.before();
            PolicyInfo a = p.after();
            changes.pair(ObjectType.POLICY, parent.toChild(b.name()), p.to(), b, a, attrs()
                    .add("command", b.command(), a.command())
                    .add("permissive", b.permissive(), a.permissive())
                    .add("roles", b.roles(), a.roles())
                    .add("using", b.using(), a.using())
                    .add("withCheck", b.withCheck(), a.withCheck())
                    .comment(b.comment(), a.comment()).list());
        }
    }

    private <T> void report(ObjectType type, Matching<T> m, Function<T, ObjectName> name) {
        m.removed.forEach(x -> changes.removed(type, name.apply(x), x));
        m.added.forEach(x -> changes.added(type, name.apply(x), x));
    }

    private Attributes attrs() {
        return new Attributes(options);
    }

    /** What an identity column's behaviour depends on: not the sequence's generated name nor its last value. */
    private record IdentityShape(Object generation, String dataType, long start, long increment, long min, long max,
                                 long cache, boolean cycle) {
        static IdentityShape of(ColumnIdentity id) {
            if (id == null) {
                return null;
            }
            SequenceInfo q = id.sequence();
            return q == null ? new IdentityShape(id.generation(), null, 0, 0, 0, 0, 0, false)
                    : new IdentityShape(id.generation(), q.dataType(), q.start(), q.increment(), q.min(), q.max(),
                    q.cache(), q.cycle());
        }
    }
}
