package org.schemadiscovery.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.diff.Added;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.migration.Hazard;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.LeftOut;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.migration.TransactionGroup;
import org.schemadiscovery.api.migration.Unsupported;

@DisplayName("migration plans and their scripts")
class MigrationScriptTest {
    private static final Added<String> ADD_SCHEMA = new Added<>(ObjectType.SCHEMA, ObjectName.of(null, null, "app"),
            "app");
    private static final Removed<String> DROP_SCHEMA = new Removed<>(ObjectType.SCHEMA,
            ObjectName.of(null, null, "old"), "old");

    private static MigrationStep step(String sql, HazardKind... kinds) {
        return new MigrationStep(sql, List.of(ADD_SCHEMA),
                java.util.Arrays.stream(kinds).map(k -> k == HazardKind.BLOCKS_WRITES
                        ? Hazard.blocksWrites("ACCESS EXCLUSIVE", "locks t") : Hazard.of(k, "why")).toList());
    }

    @Test
    @DisplayName("each transactional group is wrapped in BEGIN/COMMIT with its settings first; others are not")
    void groups() {
        TransactionGroup first = new TransactionGroup(List.of("SET LOCAL lock_timeout = '5s'"),
                List.of(step("CREATE SCHEMA \"app\""), step("CREATE TABLE t (id int)", HazardKind.BLOCKS_WRITES)),
                true);
        TransactionGroup second = new TransactionGroup(List.of("SET lock_timeout = '5s'"),
                List.of(step("CREATE INDEX CONCURRENTLY i ON t (id)", HazardKind.NOT_TRANSACTIONAL,
                        HazardKind.LONG_INDEX_BUILD)), false);
        MigrationPlan plan = new MigrationPlan("postgresql", PlannerOptions.defaults(), List.of(first, second),
                List.of(), List.of());
        assertThat(plan.complete()).isTrue();
        assertThat(plan.steps()).hasSize(3);
        assertThat(MigrationScript.sql(plan)).isEqualTo("""
                -- migration plan (postgresql): 3 steps in 2 transaction groups

                -- group 1
                BEGIN;
                SET LOCAL lock_timeout = '5s';
                -- + schema app
                CREATE SCHEMA "app";
                -- + schema app
                -- hazards: blocks-writes (ACCESS EXCLUSIVE): locks t
                CREATE TABLE t (id int);
                COMMIT;

                -- group 2 (outside a transaction)
                SET lock_timeout = '5s';
                -- + schema app
                -- hazards: not-transactional: why; long-index-build: why
                CREATE INDEX CONCURRENTLY i ON t (id);
                """);
    }

    @Test
    @DisplayName("left-out steps and unsupported changes are listed as comments, never run")
    void incomplete() {
        MigrationStep drop = new MigrationStep("DROP SCHEMA \"old\"\nCASCADE", List.of(DROP_SCHEMA),
                List.of(Hazard.of(HazardKind.DESTRUCTIVE, "drops schema old")));
        MigrationPlan plan = new MigrationPlan("postgresql", PlannerOptions.defaults(), List.of(),
                List.of(new LeftOut(drop, "destructive")), List.of(new Unsupported(ADD_SCHEMA, "not yet")));
        assertThat(plan.complete()).isFalse();
        assertThat(plan.isEmpty()).isTrue();
        String script = MigrationScript.sql(plan);
        assertThat(script).contains("INCOMPLETE: 1 steps left out, 1 changes unsupported",
                "--   DROP SCHEMA \"old\"\n--   CASCADE\n", "-- destructive\n", "--   + schema app: not yet");
        assertThat(script.lines().filter(l -> !l.isBlank() && !l.startsWith("--"))).isEmpty();
    }

    @Test
    @DisplayName("the model refuses inconsistent plans")
    void validation() {
        MigrationStep concurrent = step("CREATE INDEX CONCURRENTLY i ON t (id)", HazardKind.NOT_TRANSACTIONAL);
        assertThatThrownBy(() -> new TransactionGroup(List.of(), List.of(concurrent), true))
                .hasMessageContaining("cannot run in a transaction");
        assertThatThrownBy(() -> new TransactionGroup(List.of(), List.of(), true)).hasMessageContaining("needs a step");
        assertThatThrownBy(() -> new TransactionGroup(List.of(), List.of(concurrent, concurrent), false))
                .hasMessageContaining("exactly one step");
        assertThatThrownBy(() -> new MigrationStep(" ", List.of(), List.of())).hasMessageContaining("statement");
        assertThatThrownBy(() -> Hazard.of(HazardKind.BLOCKS_WRITES, "x")).hasMessageContaining("lock level");
        assertThatThrownBy(() -> PlannerOptions.builder().lockTimeout(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("negative");
        assertThat(PlannerOptions.defaults().lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(PlannerOptions.defaults().toBuilder().online(true).build())
                .isEqualTo(new PlannerOptions(false, true, Duration.ofSeconds(5)));
        assertThat(concurrent.transactional()).isFalse();
        assertThat(step("x", HazardKind.DESTRUCTIVE).destructive()).isTrue();
        assertThat(HazardKind.VALIDATES_EXISTING_ROWS.id()).isEqualTo("validates-existing-rows");
    }
}
