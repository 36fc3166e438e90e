package org.schemadiscovery.it.corpus;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;

/**
 * The rows-survive rule after a migration: every seeded table that is still there (under its new name when renamed)
 * holds as many rows as before, unless a step marked DESTRUCTIVE or DATA_LOSS that ran names that table (or one of
 * its partitions, which hold a partitioned table's rows).
 */
final class RowsSurvive {
    private RowsSurvive() {
    }

    /** The violations, one line each; empty when every row survived. */
    static List<String> check(Connection connection, RowSeeder seeder, SeedValues values, RowSeeder.Seeded seeded,
                              SchemaInfo start, SchemaInfo target, MigrationPlan plan,
                              UnaryOperator<TableRef> renamed) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<TableRef, Long> e : seeded.rows().entrySet()) {
            TableRef was = e.getKey();
            TableRef now = renamed.apply(was);
            if (target.table(now).isEmpty() || mayLoseRows(plan, was) || mayLoseRows(plan, now)
                    || partitions(start, was).stream().anyMatch(p -> mayLoseRows(plan, p))) {
                continue;
            }
            long after = seeder.count(connection, values.table(now));
            if (after < e.getValue()) {
                out.add(now.displayName() + " held " + e.getValue() + " rows, now " + (after < 0 ? "unreadable"
                        : after));
            }
        }
        return out;
    }

    /** A partitioned table's rows live in its partitions: a partition dropped takes them along. */
    private static List<TableRef> partitions(SchemaInfo start, TableRef parent) {
        List<TableRef> out = new ArrayList<>();
        for (org.schemadiscovery.api.model.TableInfo t : start.tables()) {
            if (t.partition() != null && parent.equals(t.partition().parent())) {
                out.add(t.ref());
                out.addAll(partitions(start, t.ref()));
            }
        }
        return out;
    }

    private static boolean mayLoseRows(MigrationPlan plan, TableRef table) {
        for (MigrationStep step : plan.steps()) {
            if (!step.has(HazardKind.DESTRUCTIVE) && !step.has(HazardKind.DATA_LOSS)) {
                continue;
            }
            for (SchemaChange c : step.changes()) {
                if (names(c.name(), c.type(), table)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean names(ObjectName n, ObjectType type, TableRef table) {
        if (!java.util.Objects.equals(n.schema(), table.schema())) {
            return false;
        }
        return table.name().equals(n.parent()) || type == ObjectType.TABLE && table.name().equals(n.name());
    }
}
