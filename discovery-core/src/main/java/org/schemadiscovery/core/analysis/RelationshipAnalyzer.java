package org.schemadiscovery.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Relationship;
import org.schemadiscovery.api.model.RelationshipKind;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;

/**
 * Derives relationships from foreign keys.
 *
 * <ul>
 *   <li>Every foreign key gives a {@code ONE_TO_ONE} relationship when its columns (as a set) are exactly the child's
 *       primary key, a unique constraint, or the key columns of a unique, non-partial, column-only index; otherwise a
 *       {@code ONE_TO_MANY}. {@code from} is the referenced table, {@code to} the referencing one.</li>
 *   <li>A table is a junction when it has exactly two foreign keys whose column sets are disjoint and together are
 *       exactly its primary key (extra non-key columns are ignored; a third foreign key outside the key is allowed,
 *       one inside the key is not). It adds one {@code MANY_TO_MANY} between the two referenced tables (which may be
 *       the same table), ordered by referenced table then columns; the two one-to-many relationships stay.</li>
 *   <li>Unnamed foreign keys contribute nothing to {@code via}. The result is sorted deterministically.</li>
 * </ul>
 */
public final class RelationshipAnalyzer {
    private static final Comparator<Relationship> ORDER = Comparator.comparing(Relationship::from)
            .thenComparing(Relationship::to)
            .thenComparing(Relationship::kind)
            .thenComparing(r -> String.join(",", r.fromColumns()))
            .thenComparing(r -> String.join(",", r.toColumns()))
            .thenComparing(r -> r.junction() == null ? "" : r.junction().toString())
            .thenComparing(r -> String.join(",", r.via()));

    private RelationshipAnalyzer() {
    }

    /** The relationships implied by the tables' foreign keys. */
    public static List<Relationship> analyze(List<TableInfo> tables) {
        Objects.requireNonNull(tables, "tables");
        List<Relationship> out = new ArrayList<>();
        for (TableInfo table : tables) {
            addOf(table, out);
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /**
     * The relationships of {@code tables} after those in {@code reread} were read again, equal to
     * {@link #analyze(List)} of them: each relationship comes from one table alone (the referencing one, or the
     * junction), so those of the reread tables are derived again and the others kept from {@code stored}, the
     * relationships of the tables before.
     */
    public static List<Relationship> analyze(List<Relationship> stored, List<TableInfo> tables, Set<TableRef> reread) {
        List<Relationship> out = new ArrayList<>();
        for (Relationship r : stored) {
            if (!reread.contains(r.junction() != null ? r.junction() : r.to())) {
                out.add(r);
            }
        }
        for (TableInfo table : tables) {
            if (reread.contains(table.ref())) {
                addOf(table, out);
            }
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private static void addOf(TableInfo table, List<Relationship> out) {
        for (ForeignKey fk : table.foreignKeys()) {
            RelationshipKind kind = isUnique(table, fk.columns()) ? RelationshipKind.ONE_TO_ONE
                    : RelationshipKind.ONE_TO_MANY;
            out.add(new Relationship(kind, fk.referencedTable(), fk.referencedColumns(), table.ref(),
                    fk.columns(), null, names(fk)));
        }
        junction(table).ifPresent(out::add);
    }

    private static java.util.Optional<Relationship> junction(TableInfo table) {
        java.util.Optional<PrimaryKey> pk = table.primaryKey();
        if (pk.isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<String> key = new HashSet<>(pk.get().columns());
        List<ForeignKey> inKey = table.foreignKeys().stream()
                .filter(fk -> !fk.columns().isEmpty() && key.containsAll(fk.columns())).toList();
        if (inKey.size() != 2) {
            return java.util.Optional.empty();
        }
        ForeignKey a = inKey.get(0);
        ForeignKey b = inKey.get(1);
        Set<String> union = new HashSet<>(a.columns());
        if (!java.util.Collections.disjoint(union, b.columns())) {
            return java.util.Optional.empty();
        }
        union.addAll(b.columns());
        if (!union.equals(key)) {
            return java.util.Optional.empty();
        }
        Comparator<ForeignKey> side = Comparator.comparing(ForeignKey::referencedTable)
                .thenComparing(fk -> String.join(",", fk.columns()));
        ForeignKey first = side.compare(a, b) <= 0 ? a : b;
        ForeignKey second = first == a ? b : a;
        List<String> via = new ArrayList<>(names(first));
        via.addAll(names(second));
        return java.util.Optional.of(new Relationship(RelationshipKind.MANY_TO_MANY, first.referencedTable(),
                first.referencedColumns(), second.referencedTable(), second.referencedColumns(), table.ref(), via));
    }

    private static List<String> names(ForeignKey fk) {
        return fk.name() == null ? List.of() : List.of(fk.name());
    }

    /** True when the column set is exactly the PK, a unique constraint or a unique plain index of the table. */
    static boolean isUnique(TableInfo table, List<String> columns) {
        if (columns.isEmpty()) {
            return false;
        }
        for (ConstraintInfo c : table.constraints()) {
            if ((c instanceof PrimaryKey || c instanceof UniqueConstraint) && c.columns().size() == columns.size()
                    && ColumnSets.sameSet(c.columns(), columns)) {
                return true;
            }
        }
        for (IndexInfo index : table.indexes()) {
            if (index.unique() && index.predicate() == null
                    && index.elements().stream().noneMatch(IndexElement::isExpression)
                    && index.elements().size() == columns.size()
                    && ColumnSets.sameSet(index.keyColumns(), columns)) {
                return true;
            }
        }
        return false;
    }
}
