package org.schemadiscovery.dialect.mysql.migrate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.support.PlannedStep;

/**
 * The clauses one {@code ALTER TABLE} collects for a table, with the changes they implement and their hazards;
 * {@link #step} joins them into one statement. The server runs the clauses of one statement as one table change,
 * so a table is copied once, not once per clause.
 */
final class TableAlter {
    private final String table;
    private final List<String> clauses = new ArrayList<>();
    /** ADD COLUMN … AFTER clauses by target position: the server places each after the one before it. */
    private final java.util.TreeMap<Integer, String> addedColumns = new java.util.TreeMap<>();
    private final List<SchemaChange> changes = new ArrayList<>();
    private final List<String[]> hazards = new ArrayList<>();
    private final Set<String> columns = new LinkedHashSet<>();
    private String lock;

    TableAlter(String table) {
        this.table = table;
    }

    /** A clause (null: the change is implemented by another clause of this statement). */
    TableAlter clause(String clause, SchemaChange change) {
        if (clause != null) {
            clauses.add(clause);
        }
        if (change != null && !changes.contains(change)) {
            changes.add(change);
        }
        return this;
    }

    /** An ADD COLUMN clause, written after the other column clauses, in the column's target order. */
    TableAlter addColumn(int ordinal, String clause, SchemaChange change) {
        addedColumns.put(ordinal, clause);
        if (change != null && !changes.contains(change)) {
            changes.add(change);
        }
        return this;
    }

    TableAlter hazard(HazardKind kind, String detail) {
        hazards.add(new String[] {kind.name(), detail});
        return this;
    }

    /** The server copies the table (ALGORITHM=COPY) and holds this lock while it does. */
    TableAlter copies(String why) {
        lock = "LOCK=SHARED";
        return hazard(HazardKind.TABLE_REBUILD, "ALGORITHM=COPY: " + why);
    }

    /** A column whose definition or name the statement changes (foreign keys using it are dropped first). */
    TableAlter touches(String column) {
        columns.add(column);
        return this;
    }

    Set<String> touchedColumns() {
        return columns;
    }

    boolean isEmpty() {
        return clauses.isEmpty() && addedColumns.isEmpty();
    }

    private static boolean columnClause(String clause) {
        return clause.startsWith("MODIFY COLUMN ") || clause.startsWith("CHANGE COLUMN ");
    }

    PlannedStep step() {
        List<String> all = new ArrayList<>();
        clauses.stream().filter(TableAlter::columnClause).forEach(all::add);
        all.addAll(addedColumns.values());
        // a key or index dropped and added again under its name: the drop first
        clauses.stream().filter(c -> !columnClause(c) && c.startsWith("DROP ")).forEach(all::add);
        clauses.stream().filter(c -> !columnClause(c) && !c.startsWith("DROP ")).forEach(all::add);
        PlannedStep s = new PlannedStep("ALTER TABLE " + table + "\n  " + String.join(",\n  ", all), null);
        changes.forEach(s::implementing);
        Set<String> seen = new LinkedHashSet<>();
        for (String[] h : hazards) {
            if (seen.add(h[0] + h[1])) {
                s.hazard(HazardKind.valueOf(h[0]), h[1]);
            }
        }
        if (lock != null) {
            s.blocks(lock, "writes to " + table + " wait while the server copies it");
        }
        s.hazard(HazardKind.NOT_TRANSACTIONAL, "DDL commits implicitly");
        return s;
    }
}
