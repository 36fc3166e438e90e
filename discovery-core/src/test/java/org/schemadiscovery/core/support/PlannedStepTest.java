package org.schemadiscovery.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.diff.Added;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.migration.Hazard;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.support.PlannedStep;

@DisplayName("PlannedStep: the statement, the changes it implements and its hazards, as the plan holds them")
class PlannedStepTest {
    private static final Added<String> TABLE = new Added<>(ObjectType.TABLE, ObjectName.of("app", null, "t"), "t");
    private static final Added<String> INDEX = new Added<>(ObjectType.INDEX, ObjectName.of("app", "t", "i"), "i");

    @Test
    @DisplayName("a change implemented twice is listed once; a helper step starts with none")
    void changes() {
        PlannedStep step = new PlannedStep("CREATE TABLE t ()", TABLE).implementing(INDEX).implementing(TABLE);
        assertThat(step.step().changes()).containsExactly(TABLE, INDEX);
        assertThat(step.implementsChange(INDEX)).isTrue();
        assertThat(new PlannedStep("CREATE INDEX i ON t (a)", INDEX).implementsChange(TABLE)).isFalse();
        assertThat(new PlannedStep("SET x", null).step().changes()).isEmpty();
    }

    @Test
    @DisplayName("blocks() names the lock; has() answers for the kinds the step holds only")
    void hazards() {
        PlannedStep step = new PlannedStep("ALTER TABLE t ADD c int", TABLE).blocks("ACCESS EXCLUSIVE", "locks t")
                .hazard(HazardKind.TABLE_REBUILD, "rewrites t");
        MigrationStep s = step.step();
        assertThat(s.sql()).isEqualTo("ALTER TABLE t ADD c int");
        assertThat(s.hazards()).containsExactly(Hazard.blocksWrites("ACCESS EXCLUSIVE", "locks t"),
                Hazard.of(HazardKind.TABLE_REBUILD, "rewrites t"));
        assertThat(step.has(HazardKind.BLOCKS_WRITES)).isTrue();
        assertThat(step.has(HazardKind.DESTRUCTIVE)).isFalse();
        assertThat(step).hasToString("ALTER TABLE t ADD c int");
        assertThat(List.of(step.step().hazards().get(0).lockLevel())).containsExactly("ACCESS EXCLUSIVE");
    }
}
