package org.schemadiscovery.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.migration.Hazard;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.migration.TransactionGroup;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.core.SchemaDiscovery;

/** The rows-survive rule of the corpus runner on a live PostgreSQL: what gets a seed row, and what counts as lost. */
@DisplayName("conformance corpus runner: seed rows and the rows-survive rule")
class RowSeederTest {
    private static final TableRef CHILD = TableRef.of("public", "child");

    @Test
    @DisplayName("a row in every table that takes one (referenced tables first), the others skipped and counted;"
            + " rows gone from a table are reported unless a DATA_LOSS step names it")
    void seedAndCheck() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create()) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')");
                // child first in the catalog order is fine: the seeder retries it after parent has its row
                st.execute("CREATE TABLE parent (id integer PRIMARY KEY, name varchar(10) NOT NULL, n numeric(5,2))");
                st.execute("CREATE TABLE child (id integer PRIMARY KEY, parent_id integer NOT NULL REFERENCES parent"
                        + " (id), m mood NOT NULL, at timestamptz NOT NULL, tags text[] NOT NULL)");
                st.execute("CREATE TABLE odd (q tsquery NOT NULL)");
                st.execute("CREATE TABLE parted (id integer NOT NULL) PARTITION BY RANGE (id)");
            }
            SchemaInfo schema = SchemaDiscovery.builder().build().discover(db.url());
            PostgresSeedValues values = new PostgresSeedValues();
            RowSeeder seeder = new RowSeeder(values);
            RowSeeder.Seeded seeded;
            try (Connection c = db.connect()) {
                seeded = seeder.seed(c, schema);
            }
            assertThat(seeded.rows()).containsOnlyKeys(TableRef.of("public", "parent"), CHILD);
            assertThat(seeded.skipped()).as("odd (no value for tsquery) and parted (no partition)").isEqualTo(2);
            MigrationPlan nothing = new MigrationPlan("postgresql", PlannerOptions.defaults(), List.of(), List.of(),
                    List.of());
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                assertThat(RowsSurvive.check(c, seeder, values, seeded, schema, schema, nothing, t -> t)).isEmpty();
                st.execute("DELETE FROM child");
                assertThat(RowsSurvive.check(c, seeder, values, seeded, schema, schema, nothing, t -> t))
                        .singleElement().asString().contains("child held 1 rows, now 0");
                MigrationStep loses = new MigrationStep("ALTER TABLE child DROP COLUMN m", List.of(new Removed<>(
                        ObjectType.COLUMN, new ObjectName("public", "child", "m"), "m")),
                        List.of(Hazard.of(HazardKind.DATA_LOSS, "its values are lost")));
                MigrationPlan named = new MigrationPlan("postgresql", PlannerOptions.defaults(),
                        List.of(new TransactionGroup(List.of(), List.of(loses), true)), List.of(), List.of());
                assertThat(RowsSurvive.check(c, seeder, values, seeded, schema, schema, named, t -> t)).isEmpty();
            }
        }
    }
}
