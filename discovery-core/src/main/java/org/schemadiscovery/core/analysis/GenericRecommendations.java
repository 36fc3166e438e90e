package org.schemadiscovery.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;

/**
 * The dialect-independent recommendation rules.
 *
 * <ul>
 *   <li>{@value #FK_WITHOUT_INDEX}: a foreign key with no index (or primary key / unique constraint) whose leading
 *       key columns are exactly the foreign key's columns, in any order within that prefix. Suggests
 *       {@code CREATE INDEX}.</li>
 *   <li>{@value #TABLE_WITHOUT_PRIMARY_KEY}: an ordinary or partitioned table without a primary key (partitions,
 *       foreign and virtual tables are skipped).</li>
 *   <li>{@value #REDUNDANT_INDEX}: a valid, non-unique index that is not constraint-backed whose key elements are a
 *       leading prefix of another index's keys on the same table, with the same method and predicate and no INCLUDE
 *       column the other lacks. Of two identical indexes only the one with the greater name is reported. Suggests
 *       {@code DROP INDEX}.</li>
 * </ul>
 * Rules that need constraints or indexes run only when those were discovered. A partition whose parent table is in
 * the schema gets no finding its parent already has (the same foreign key, the same redundant index): the parent's
 * index or DROP covers every partition, and a second CREATE INDEX per partition would fail on the name or duplicate
 * the one the parent's index creates.
 */
public final class GenericRecommendations {
    /** Rule id. */
    public static final String FK_WITHOUT_INDEX = "fk-without-index";
    /** Rule id. */
    public static final String TABLE_WITHOUT_PRIMARY_KEY = "table-without-primary-key";
    /** Rule id. */
    public static final String REDUNDANT_INDEX = "redundant-index";

    private static final Comparator<Recommendation> ORDER = Comparator.comparing(Recommendation::ruleId)
            .thenComparing(Recommendation::object).thenComparing(Recommendation::message);
    private static final int MAX_IDENTIFIER = 63;

    private GenericRecommendations() {
    }

    /**
     * Evaluates the rules.
     *
     * @param schema          the discovered schema
     * @param constraintsKnown whether constraints were discovered (else the key rules are skipped)
     * @param indexesKnown     whether indexes were discovered (else the index rules are skipped)
     * @return recommendations sorted by rule, object and message
     */
    public static List<Recommendation> evaluate(SchemaInfo schema, boolean constraintsKnown, boolean indexesKnown) {
        return evaluate(schema, constraintsKnown, indexesKnown, table -> true);
    }

    /** True for each rule id of this class: every finding of these rules is about one table, named as its object. */
    public static boolean isGenericRule(String ruleId) {
        return FK_WITHOUT_INDEX.equals(ruleId) || TABLE_WITHOUT_PRIMARY_KEY.equals(ruleId)
                || REDUNDANT_INDEX.equals(ruleId);
    }

    /**
     * Evaluates the rules for the tables {@code only} accepts. Every rule looks at one table and its partition
     * parent alone, so the findings for those tables are the ones {@link #evaluate(SchemaInfo, boolean, boolean)}
     * gives for them (a partial reread recomputes the reread tables and their partitions, and keeps the rest).
     *
     * @param only the tables to evaluate
     */
    public static List<Recommendation> evaluate(SchemaInfo schema, boolean constraintsKnown, boolean indexesKnown,
                                                Predicate<TableInfo> only) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(only, "only");
        Map<TableRef, TableInfo> byRef = new HashMap<>();
        schema.tables().forEach(t -> byRef.put(t.ref(), t));
        List<Recommendation> out = new ArrayList<>();
        for (TableInfo table : schema.tables()) {
            if (!only.test(table)) {
                continue;
            }
            TableInfo parent = table.partition() == null || table.partition().parent() == null ? null
                    : byRef.get(table.partition().parent());
            if (constraintsKnown && indexesKnown) {
                out.addAll(fkWithoutIndex(table, parent));
            }
            if (constraintsKnown) {
                tableWithoutPrimaryKey(table).ifPresent(out::add);
            }
            if (indexesKnown) {
                out.addAll(redundantIndexes(table, parent));
            }
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    static List<Recommendation> fkWithoutIndex(TableInfo table) {
        return fkWithoutIndex(table, null);
    }

    /** As {@link #fkWithoutIndex(TableInfo)}, leaving out foreign keys the partition's parent has too. */
    static List<Recommendation> fkWithoutIndex(TableInfo table, TableInfo parent) {
        List<List<String>> keys = new ArrayList<>();
        for (IndexInfo index : table.indexes()) {
            keys.add(index.keyColumns());
        }
        for (ConstraintInfo c : table.constraints()) {
            if (c instanceof PrimaryKey || c instanceof UniqueConstraint) {
                keys.add(c.columns());
            }
        }
        List<Recommendation> out = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.columns().isEmpty() || anyCovers(keys, fk.columns())
                    || (parent != null && parent.foreignKeys().stream().anyMatch(p -> sameReference(p, fk)))) {
                continue;
            }
            String fkName = fk.name() == null ? "" : " " + fk.name();
            String indexName = indexName(table.ref().name(), fk.columns());
            out.add(new Recommendation(FK_WITHOUT_INDEX, Severity.WARNING, table.ref().displayName(),
                    "foreign key" + fkName + " on " + table.ref().displayName() + "(" + String.join(", ", fk.columns())
                            + ") has no index starting with its columns; lookups and cascades from "
                            + fk.referencedTable().displayName() + " scan the table",
                    "CREATE INDEX " + SqlIdentifiers.quote(indexName) + " ON " + SqlIdentifiers.qualified(table.ref())
                            + " (" + SqlIdentifiers.columnList(fk.columns()) + ")"));
        }
        return out;
    }

    /** The same columns referencing the same columns of the same table (the names of cloned keys may differ). */
    private static boolean sameReference(ForeignKey a, ForeignKey b) {
        return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
                && a.referencedColumns().equals(b.referencedColumns());
    }

    private static boolean anyCovers(List<List<String>> keys, List<String> columns) {
        for (int i = 0; i < keys.size(); i++) {
            if (coversAsPrefix(keys.get(i), columns)) {
                return true;
            }
        }
        return false;
    }

    /** True when the first {@code columns.size()} keys are exactly those columns, in any order. */
    static boolean coversAsPrefix(List<String> keys, List<String> columns) {
        if (keys.size() < columns.size()) {
            return false;
        }
        List<String> prefix = keys.subList(0, columns.size());
        for (int i = 0; i < prefix.size(); i++) {
            if (prefix.get(i) == null) {
                return false;
            }
        }
        return ColumnSets.sameSet(prefix, columns);
    }

    static java.util.Optional<Recommendation> tableWithoutPrimaryKey(TableInfo table) {
        if ((table.kind() != TableKind.TABLE && table.kind() != TableKind.PARTITIONED)
                || table.primaryKey().isPresent()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Recommendation(TABLE_WITHOUT_PRIMARY_KEY, Severity.WARNING,
                table.ref().displayName(), "table " + table.ref().displayName()
                        + " has no primary key; rows cannot be identified reliably", null));
    }

    static List<Recommendation> redundantIndexes(TableInfo table) {
        return redundantIndexes(table, null);
    }

    /** As {@link #redundantIndexes(TableInfo)}, leaving out a partition's copies of its parent's indexes. */
    static List<Recommendation> redundantIndexes(TableInfo table, TableInfo parent) {
        List<Recommendation> out = new ArrayList<>();
        for (IndexInfo index : table.indexes()) {
            if (index.unique() || index.constraintBacked() || !index.valid() || index.elements().isEmpty()
                    || (parent != null && parent.indexes().stream().anyMatch(p -> sameShape(p, index)))) {
                continue;
            }
            for (IndexInfo other : table.indexes()) {
                if (other == index || !covers(other, index)) {
                    continue;
                }
                boolean identical = other.elements().equals(index.elements())
                        && other.include().equals(index.include());
                if (identical && !other.unique() && !other.constraintBacked()
                        && other.name().compareTo(index.name()) > 0) {
                    continue;
                }
                out.add(new Recommendation(REDUNDANT_INDEX, Severity.WARNING, table.ref().displayName(),
                        "index " + index.name() + " on " + table.ref().displayName() + " is redundant: its keys are "
                                + "a leading prefix of index " + other.name(),
                        "DROP INDEX " + SqlIdentifiers.sibling(table.ref(), index.name())));
                break;
            }
        }
        return out;
    }

    /** The same keys, INCLUDE columns, method and predicate: a partition's part of a parent index. */
    private static boolean sameShape(IndexInfo a, IndexInfo b) {
        return a.elements().equals(b.elements()) && a.include().equals(b.include())
                && Objects.equals(a.method(), b.method()) && Objects.equals(a.predicate(), b.predicate());
    }

    /** True when {@code index}'s keys are a leading prefix of {@code other}'s, under the same method and predicate. */
    private static boolean covers(IndexInfo other, IndexInfo index) {
        if (!Objects.equals(other.method(), index.method()) || !Objects.equals(other.predicate(), index.predicate())
                || !other.valid() || other.elements().size() < index.elements().size()) {
            return false;
        }
        List<IndexElement> prefix = other.elements().subList(0, index.elements().size());
        if (!prefix.equals(index.elements())) {
            return false;
        }
        Set<String> available = new HashSet<>(other.include());
        other.elements().forEach(e -> available.add(e.column()));
        return available.containsAll(index.include());
    }

    private static String indexName(String table, List<String> columns) {
        String name = table + "_" + String.join("_", columns) + "_idx";
        return name.length() <= MAX_IDENTIFIER ? name : name.substring(0, MAX_IDENTIFIER);
    }
}
