package org.schemadiscovery.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.LeftOut;
import org.schemadiscovery.api.support.PlannedStep;
import org.schemadiscovery.api.support.StepOrder;

@DisplayName("StepOrder: planned steps ordered by their keys, destructive ones left out unless allowed")
class StepOrderTest {
    @Test
    @DisplayName("creators before users, releasers before droppers, droppers before re-creators")
    void keys() {
        PlannedStep view = new PlannedStep("create view v", null).needs("t");
        PlannedStep dropFk = new PlannedStep("drop fk", null).releases("p");
        PlannedStep dropParent = new PlannedStep("drop table p", null).drops("p");
        PlannedStep recreate = new PlannedStep("create table p", null).creates("p");
        PlannedStep table = new PlannedStep("create table t", null).creates("t");
        StepOrder.Result r = StepOrder.order(List.of(view, recreate, dropParent, dropFk, table), true);
        assertThat(r.run()).extracting(PlannedStep::sql)
                .containsExactly("drop fk", "drop table p", "create table p", "create table t", "create view v");
        assertThat(r.leftOut()).isEmpty();
    }

    @Test
    @DisplayName("without allowDestructive a destructive step and every step after it are left out, with reasons")
    void leftOut() {
        PlannedStep drop = new PlannedStep("drop column c", null).hazard(HazardKind.DESTRUCTIVE, "drops column c")
                .drops("c");
        PlannedStep after = new PlannedStep("alter after", null).after(drop);
        PlannedStep free = new PlannedStep("add column d", null);
        StepOrder.Result r = StepOrder.order(List.of(drop, after, free), false);
        assertThat(r.run()).extracting(PlannedStep::sql).containsExactly("add column d");
        assertThat(r.leftOut()).extracting(LeftOut::reason)
                .containsExactly("destructive: drops column c", "depends on a destructive step that was left out");
    }

    @Test
    @DisplayName("the reason quotes the destructive hazard's detail, not another hazard of the step or its follower")
    void leftOutReasons() {
        PlannedStep drop = new PlannedStep("drop table t", null).blocks("ACCESS EXCLUSIVE", "locks t")
                .hazard(HazardKind.DESTRUCTIVE, "drops table t").drops("t");
        PlannedStep after = new PlannedStep("rewrite u", null).hazard(HazardKind.TABLE_REBUILD, "rewrites u")
                .after(drop);
        StepOrder.Result r = StepOrder.order(List.of(drop, after), false);
        assertThat(r.run()).isEmpty();
        assertThat(r.leftOut()).extracting(LeftOut::reason)
                .containsExactly("destructive: drops table t", "depends on a destructive step that was left out");
    }

    @Test
    @DisplayName("a step worth running only with a left-out step is left out too, with what comes after it")
    void onlyWith() {
        PlannedStep dropColumn = new PlannedStep("alter table t drop column c", null)
                .hazard(HazardKind.DESTRUCTIVE, "drops column c").drops("t.c");
        PlannedStep recreateView = new PlannedStep("create view v", null).after(dropColumn).creates("v");
        PlannedStep dropView = new PlannedStep("drop view v", null).releases("t.c").drops("v")
                .onlyWith(recreateView);
        PlannedStep grant = new PlannedStep("grant on v", null).after(dropView);
        PlannedStep free = new PlannedStep("add column d", null);
        StepOrder.Result kept = StepOrder.order(List.of(dropView, dropColumn, recreateView, grant, free), false);
        assertThat(kept.run()).extracting(PlannedStep::sql).containsExactly("add column d");
        assertThat(kept.leftOut()).hasSize(4);
        StepOrder.Result all = StepOrder.order(List.of(dropView, dropColumn, recreateView, grant, free), true);
        assertThat(all.run()).extracting(PlannedStep::sql).containsExactly("drop view v", "alter table t drop column c",
                "create view v", "grant on v", "add column d");
    }

    @Test
    @DisplayName("a cycle is an error naming it")
    void cycle() {
        PlannedStep a = new PlannedStep("a", null).creates("x").needs("y");
        PlannedStep b = new PlannedStep("b", null).creates("y").needs("x");
        assertThatThrownBy(() -> StepOrder.order(List.of(a, b), true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dependency cycle");
    }
}
