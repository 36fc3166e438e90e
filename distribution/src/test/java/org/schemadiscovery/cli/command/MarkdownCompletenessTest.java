package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.core.json.JsonCodec;

/** Markdown carries what text and JSON carry: sequences, enums and domains, routines, policies, partition bounds. */
@DisplayName("Markdown on a rich PostgreSQL database")
class MarkdownCompletenessTest {
    @TempDir
    Path tmp;

    @Test
    @DisplayName("every sequence, type, routine, policy and partition bound of the model is on the page")
    void everythingTheModelHas() throws Exception {
        try (ScratchDatabase db = Fixtures.richDatabase(ScratchDatabase.Kind.POSTGRESQL, tmp)) {
            CliRunner.Result md = CliRunner.run("discover", db.url(), "--format", "markdown");
            CliRunner.Result json = CliRunner.run("discover", db.url(), "--format", "json");
            CliRunner.Result text = CliRunner.run("discover", db.url());
            assertThat(md.exitCode()).as(md.err()).isZero();
            String page = md.out();
            SchemaInfo model = new JsonCodec().read(json.out());

            assertThat(page).contains("\n## Sequences\n", "\n## Types\n", "\n## Routines\n", "\n## Extensions\n",
                    "\n### Policies\n");
            assertThat(page).contains(
                    "| app.invoice_no | `integer START 1000 INCREMENT 5 OWNED BY app.orders.invoice` |",
                    "| app.mood | ENUM | `ENUM ('sad', 'ok', 'happy')` | how it feels |",
                    "| app.positive_int | DOMAIN |",
                    "`DOMAIN integer NOT NULL CHECK ((VALUE > 0)) CHECK ((VALUE < 1000000))`",
                    "| orders_positive | `RESTRICTIVE FOR SELECT TO public USING ((customer_id > 0))` |",
                    "- `Partition of app.measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')`",
                    "- `Partitioned by RANGE (at)`", "| hstore | 1.8 | public |");
            assertThat(model.sequences()).isNotEmpty();
            for (SequenceInfo q : model.sequences()) {
                assertThat(page).contains("| " + q.ref().displayName() + " | ");
            }
            for (TypeInfo t : model.types()) {
                assertThat(page).contains("| " + t.ref().displayName() + " | " + t.kind() + " | ");
            }
            for (RoutineInfo r : model.routines()) {
                assertThat(page).contains("| " + r.ref().displayName() + "(" + r.arguments() + ") | " + r.kind());
                assertThat(text.out()).contains(r.ref().displayName() + "(" + r.arguments() + ")");
            }
            for (TableInfo t : model.tables()) {
                for (PolicyInfo p : t.policies()) {
                    assertThat(page).contains("| " + p.name() + " | `");
                }
                if (t.partition() != null && t.partition().bound() != null) {
                    assertThat(page).contains(t.partition().bound());
                    assertThat(text.out()).contains(t.partition().bound());
                }
            }
        }
    }
}
