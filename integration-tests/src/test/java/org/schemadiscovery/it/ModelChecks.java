package org.schemadiscovery.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.Relationship;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.core.json.JsonCodec;

/** Comparisons and invariants of discovered models. */
final class ModelChecks {
    private static final JsonCodec JSON = new JsonCodec();

    private ModelChecks() {
    }

    /** The result without metrics, which differ between any two runs. */
    /**
     * The run's statement texts with the snapshot id of {@code SET TRANSACTION SNAPSHOT} masked: the PostgreSQL
     * dialect's read-ahead connection imports the session's snapshot by an id that differs every run.
     */
    static List<String> statementTexts(SchemaInfo s) {
        return s.metrics().statementTexts().stream()
                .map(t -> t.replaceFirst("^SET TRANSACTION SNAPSHOT '[0-9A-F-]+'$", "SET TRANSACTION SNAPSHOT '<id>'"))
                .toList();
    }

    static SchemaInfo withoutMetrics(SchemaInfo s) {
        return s.withMetrics(DiscoveryMetrics.empty());
    }

    /**
     * What a DDL round trip preserves: everything but identity, capabilities (database name, user), recommendations,
     * warnings and metrics. SQLite's generated {@code sqlite_autoindex_*} names are replaced by a description of
     * the index, since a script recreates the constraint, not the name.
     */
    public record RoundTripView(List<String> schemas, List<TableInfo> tables, List<ViewInfo> views,
                      List<SequenceInfo> sequences, List<TypeInfo> types, List<RoutineInfo> routines,
                      List<Relationship> relationships) {
    }

    static RoundTripView comparable(SchemaInfo s) {
        List<TableInfo> tables = s.tables().stream()
                .map(t -> t.withIndexes(t.indexes().stream().map(ModelChecks::neutralAutoIndex)
                        .sorted(Comparator.comparing(IndexInfo::name)).toList()))
                .toList();
        return new RoundTripView(s.schemas(), tables, s.views(), s.sequences(), s.types(), s.routines(),
                s.relationships());
    }

    private static IndexInfo neutralAutoIndex(IndexInfo i) {
        if (!i.name().startsWith("sqlite_autoindex_")) {
            return i;
        }
        String name = "sqlite_autoindex(" + i.options().get("origin") + ":"
                + i.elements().stream().map(Object::toString).collect(Collectors.joining(",")) + ")";
        String constraint = i.constraint() != null && i.constraint().startsWith("sqlite_autoindex_") ? name
                : i.constraint();
        return i.toBuilder().name(name).constraint(constraint).build();
    }

    /**
     * Asserts two models equal in what a round trip preserves ({@link #comparable}); a failure shows only the
     * differing lines of their JSON.
     */
    static void assertSameSchema(SchemaInfo actual, SchemaInfo expected) {
        assertSame(comparable(actual), comparable(expected), "model");
    }

    /** Asserts two model values equal; a failure shows only the differing lines of their JSON. */
    static void assertSame(Object actual, Object expected, String what) {
        if (!actual.equals(expected)) {
            throw new AssertionError(what + " differs (- expected, + actual):\n"
                    + diff(JSON.writeValue(expected), JSON.writeValue(actual)));
        }
    }

    /** The differing middle of two texts (common leading and trailing lines dropped), with 3 lines of context. */
    static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int head = 0;
        while (head < e.length && head < a.length && e[head].equals(a[head])) {
            head++;
        }
        int tail = 0;
        while (tail < e.length - head && tail < a.length - head
                && e[e.length - 1 - tail].equals(a[a.length - 1 - tail])) {
            tail++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, head - 3); i < head; i++) {
            sb.append("  ").append(e[i]).append('\n');
        }
        int shown = 0;
        for (int i = head; i < e.length - tail && shown++ < 40; i++) {
            sb.append("- ").append(e[i]).append('\n');
        }
        shown = 0;
        for (int i = head; i < a.length - tail && shown++ < 40; i++) {
            sb.append("+ ").append(a[i]).append('\n');
        }
        return sb.toString();
    }

    /**
     * The model with every sequence's last value unknown (it needs a privilege and changes with use) and no table's
     * row estimate (a statistic, not schema).
     */
    static SchemaInfo withoutSequenceValues(SchemaInfo s) {
        List<TableInfo> tables = s.tables().stream().map(t -> TableInfo.builder(t.ref(), t.kind())
                .columns(t.columns().stream().map(ModelChecks::withoutSequenceValue).toList()).indexes(t.indexes())
                .constraints(t.constraints()).triggers(t.triggers()).partition(t.partition()).owner(t.owner())
                .comment(t.comment()).rowLevelSecurity(t.rowLevelSecurity()).policies(t.policies())
                .options(t.options()).build()).toList();
        return new SchemaInfo(s.identity(), s.capabilities(), s.schemas(), tables, s.views(),
                s.sequences().stream().map(ModelChecks::withoutLastValue).toList(), s.types(), s.routines(),
                s.extensions(), s.relationships(), s.recommendations(), s.warnings(), s.metrics());
    }

    private static ColumnInfo withoutSequenceValue(ColumnInfo c) {
        if (c.identity() == null || c.identity().sequence() == null) {
            return c;
        }
        return new ColumnInfo(c.name(), c.ordinal(), c.type(), c.nullable(), c.defaultValue(),
                new ColumnIdentity(c.identity().generation(), withoutLastValue(c.identity().sequence())),
                c.generated(), c.collation(), c.comment(), c.hidden(), c.options());
    }

    static SequenceInfo withoutLastValue(SequenceInfo q) {
        return q.toBuilder().lastValue(null).build();
    }

    /**
     * Asserts that a result is internally consistent: every index, constraint and relationship points at a
     * table of the result and at columns it has; nothing appears twice.
     */
    static void assertConsistent(SchemaInfo s) {
        List<String> problems = inconsistencies(s);
        assertThat(problems).as("inconsistencies").isEmpty();
    }

    static List<String> inconsistencies(SchemaInfo s) {
        List<String> problems = new ArrayList<>();
        Map<TableRef, Set<String>> columns = new HashMap<>();
        for (TableInfo t : s.tables()) {
            if (columns.put(t.ref(), names(t.columns())) != null) {
                problems.add("table twice: " + t.ref());
            }
        }
        for (ViewInfo v : s.views()) {
            if (columns.put(v.ref(), names(v.columns())) != null) {
                problems.add("view twice or also a table: " + v.ref());
            }
        }
        for (TableInfo t : s.tables()) {
            if (t.columns().isEmpty()) {
                problems.add("table without columns: " + t.ref());
            }
            for (IndexInfo i : t.indexes()) {
                if (!i.table().equals(t.ref())) {
                    problems.add("index " + i.name() + " of " + i.table() + " listed under " + t.ref());
                }
                for (IndexElement e : i.elements()) {
                    if (e.column() != null && !columns.get(t.ref()).contains(e.column())) {
                        problems.add("index " + i.name() + " on missing column " + t.ref() + "." + e.column());
                    }
                }
            }
            for (ConstraintInfo c : t.constraints()) {
                if (!c.table().equals(t.ref())) {
                    problems.add("constraint " + c.name() + " of " + c.table() + " listed under " + t.ref());
                }
                if (!(c instanceof CheckConstraint)
                        && !(c instanceof ExclusionConstraint)) {
                    for (String col : c.columns()) {
                        if (!columns.get(t.ref()).contains(col)) {
                            problems.add("constraint " + c.name() + " on missing column " + t.ref() + "." + col);
                        }
                    }
                }
                if (c instanceof ForeignKey fk) {
                    Set<String> target = columns.get(fk.referencedTable());
                    if (target == null) {
                        problems.add("foreign key " + fk.name() + " of " + t.ref() + " references "
                                + fk.referencedTable() + ", missing from the result");
                    } else if (!target.containsAll(fk.referencedColumns())) {
                        problems.add("foreign key " + fk.name() + " of " + t.ref() + " references missing columns "
                                + fk.referencedTable() + fk.referencedColumns());
                    }
                }
            }
        }
        for (ViewInfo v : s.views()) {
            for (IndexInfo i : v.indexes()) {
                if (!i.table().equals(v.ref())) {
                    problems.add("index " + i.name() + " of " + i.table() + " listed under view " + v.ref());
                }
            }
        }
        for (Relationship r : s.relationships()) {
            for (TableRef ref : new TableRef[] {r.from(), r.to(), r.junction()}) {
                if (ref != null && !columns.containsKey(ref)) {
                    problems.add("relationship " + r.kind() + " " + r.from() + " -> " + r.to() + " names "
                            + ref + ", missing from the result");
                }
            }
        }
        return problems;
    }

    static Set<String> names(List<ColumnInfo> columns) {
        Set<String> out = new HashSet<>();
        columns.forEach(c -> out.add(c.name()));
        return out;
    }

    /** The names of the tables of a result, in order. */
    static List<String> tableNames(SchemaInfo s) {
        return s.tables().stream().map(t -> t.ref().name()).toList();
    }
}
