package org.schemadiscovery.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.migration.MigrationScript;

/** The assertions of the kit's "migrations" group, for one scenario in one direction. */
final class MigrationChecks {
    private MigrationChecks() {
    }

    /** Migrates {@code a} (holding the scenario's {@code from} and rows) to the schema of {@code b}. */
    static void converges(SchemaDiscovery discovery, MigrationPlanner planner, ScriptClient client,
                          MigrationScenario s, TestDatabase a, TestDatabase b) throws Exception {
        SchemaInfo from = discovery.discover(a.jdbcUrl(), a.readOnlyProperties());
        SchemaInfo to = discovery.discover(b.jdbcUrl(), b.readOnlyProperties());
        DiffOptions.Builder options = DiffOptions.builder();
        for (String hint : s.renames()) {
            int colon = hint.indexOf(':');
            int eq = hint.lastIndexOf('=');
            options.rename(ObjectType.byId(hint.substring(0, colon)).orElseThrow(), hint.substring(colon + 1, eq),
                    hint.substring(eq + 1));
        }
        List<SchemaChange> changes = discovery.compare(from, to, options.build());
        assertThat(changes).as("%s: the two schemas differ", s.name()).isNotEmpty();
        MigrationPlan plan = planner.plan(from, to, changes, PlannerOptions.builder().allowDestructive(true).build());
        assertThat(plan.unsupported()).as("%s: unsupported changes", s.name()).isEmpty();
        assertThat(plan.leftOut()).isEmpty();
        for (MigrationStep step : plan.steps()) {
            for (TableInfo t : from.tables()) {
                boolean onBothSides = to.table(t.ref()).isPresent();
                // a table rebuild (SQLite's documented copy) drops the old table once its rows are copied
                boolean rebuild = step.has(HazardKind.TABLE_REBUILD);
                assertThat(onBothSides && !rebuild && step.sql().startsWith("DROP TABLE")
                        && step.sql().contains(t.ref().name()))
                        .as("%s: table %s exists on both sides but the plan drops it: %s", s.name(), t.ref(),
                                step.sql()).isFalse();
            }
        }
        Map<TableRef, Long> rowsBefore = rows(a, from);
        String script = MigrationScript.sql(plan);
        ScriptClient.Result applied = client.apply(a, script);
        assertThat(applied.exitCode()).as("%s: the client said:%n%s%nto the script:%n%s", s.name(),
                applied.output(), script).isZero();
        SchemaInfo after = discovery.discover(a.jdbcUrl(), a.readOnlyProperties());
        assertThat(discovery.compare(after, to, DiffOptions.defaults()))
                .as("%s: still differs after the script:%n%s", s.name(), script).isEmpty();
        Map<TableRef, Long> rowsAfter = rows(a, after);
        rowsBefore.forEach((table, count) -> {
            if (to.table(table).isPresent()) {
                assertThat(rowsAfter.get(table)).as("%s: rows of %s after the migration", s.name(), table)
                        .isEqualTo(count);
            }
        });
    }

    private static Map<TableRef, Long> rows(TestDatabase db, SchemaInfo schema) throws Exception {
        Map<TableRef, Long> out = new HashMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            String quote = c.getMetaData().getIdentifierQuoteString().strip();
            for (TableInfo t : schema.tables()) {
                String name = (t.ref().schema() == null ? "" : quote + t.ref().schema() + quote + ".") + quote
                        + t.ref().name() + quote;
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + name)) {
                    rs.next();
                    out.put(t.ref(), rs.getLong(1));
                }
            }
        }
        return out;
    }
}
