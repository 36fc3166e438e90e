package org.schemadiscovery.dialect.mysql.migrate;

import java.util.List;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.support.PlannedStep;
import org.schemadiscovery.dialect.mysql.render.DdlScript;
import org.schemadiscovery.dialect.mysql.render.Quoting;

/**
 * Views, routines, triggers and sequences: each its own statement. Views and triggers run after the tables,
 * views and routines their definitions name take their target shape; a changed routine or trigger is dropped and
 * created again (the drop is no loss: the same step pair recreates it).
 */
final class ObjectChanges {
    private final MysqlPlanner.Context ctx;

    ObjectChanges(MysqlPlanner.Context ctx) {
        this.ctx = ctx;
    }

    void add(SchemaChange c) {
        switch (c.type()) {
            case VIEW -> view(c);
            case ROUTINE -> routine(c);
            case TRIGGER -> trigger(c);
            case SEQUENCE -> sequence(c);
            default -> throw new IllegalArgumentException("not an object change: " + c);
        }
    }

    private void view(SchemaChange c) {
        ViewInfo b = (ViewInfo) c.before();
        ViewInfo a = (ViewInfo) c.after();
        if (a == null) {
            ctx.step("DROP VIEW " + ctx.name(b.ref()), c).drops(Keys.relation(b.ref()))
                    .hazard(HazardKind.DESTRUCTIVE, "drops view " + b.ref().displayName());
            return;
        }
        if (a.definition() == null) {
            ctx.unsupported(c, "the view's definition could not be read");
            return;
        }
        if (b != null && !b.ref().equals(a.ref())) {
            ctx.step("RENAME TABLE " + ctx.name(b.ref()) + " TO " + ctx.name(a.ref()), c)
                    .drops(Keys.relation(b.ref())).creates(Keys.relation(a.ref())).needs(Keys.relation(b.ref()));
            if (c.attributes().isEmpty()) {
                return;
            }
        }
        PlannedStep s = ctx.step((b == null ? "CREATE VIEW " : "CREATE OR REPLACE VIEW ") + ctx.name(a.ref())
                + " AS " + a.definition(), c).creates(Keys.relation(a.ref())).creates(Keys.shape(a.ref()));
        ctx.mentions(a.definition(), a.ref()).forEach(s::needs);
        if (b != null) {
            s.needs(Keys.relation(a.ref()));
        }
    }

    private void routine(SchemaChange c) {
        RoutineInfo b = (RoutineInfo) c.before();
        RoutineInfo a = (RoutineInfo) c.after();
        PlannedStep drop = null;
        if (b != null) {
            drop = ctx.step("DROP " + MysqlPlanner.Context.routineWord(b) + " " + ctx.name(b.ref()), c)
                    .drops(Keys.routine(b.ref()));
            if (a == null) {
                drop.hazard(HazardKind.DESTRUCTIVE, "drops " + MysqlPlanner.Context.routineWord(b)
                        .toLowerCase(java.util.Locale.ROOT) + " " + b.ref().displayName());
                return;
            }
        }
        if (a.definition() == null) {
            ctx.unsupported(c, "the routine's body could not be read");
            return;
        }
        List<String> create = DdlScript.render(ctx.to.toBuilder().tables(List.of()).views(List.of())
                .sequences(List.of()).routines(List.of(a)).build()).stream()
                .filter(s -> s.startsWith("CREATE ")).toList();
        PlannedStep s = ctx.step(create.get(0), c).creates(Keys.routine(a.ref()));
        if (drop != null) {
            s.after(drop);
        }
    }

    private void trigger(SchemaChange c) {
        TriggerInfo b = (TriggerInfo) c.before();
        TriggerInfo a = (TriggerInfo) c.after();
        TableRef table = MysqlPlanner.Context.parent(c.name());
        if (b != null) {
            PlannedStep drop = ctx.step("DROP TRIGGER " + schemaQualified(table, b.name()), c)
                    .drops(Keys.trigger(table, b.name()));
            if (a == null) {
                drop.hazard(HazardKind.DESTRUCTIVE, "drops trigger " + c.name().displayName());
                return;
            }
        }
        createTrigger(ctx, table, a, c);
    }

    /** CREATE TRIGGER as the server printed it, after the tables, views and routines it names are in shape. */
    static void createTrigger(MysqlPlanner.Context ctx, TableRef table, TriggerInfo g, SchemaChange c) {
        if (g.definition() == null) {
            ctx.unsupported(c, "the trigger's body could not be read");
            return;
        }
        PlannedStep s = ctx.step(g.definition(), c).creates(Keys.trigger(table, g.name()))
                .needs(Keys.relation(table)).needs(Keys.shape(table));
        ctx.mentions(g.definition(), table).forEach(s::needs);
    }

    private String schemaQualified(TableRef table, String name) {
        String qualifiedTable = ctx.name(table);
        return qualifiedTable.contains(".") ? Quoting.id(table.schema()) + "." + Quoting.id(name) : Quoting.id(name);
    }

    private void sequence(SchemaChange c) {
        SequenceInfo b = (SequenceInfo) c.before();
        SequenceInfo a = (SequenceInfo) c.after();
        if (b != null && a != null) {
            ctx.unsupported(c, "altering a sequence is not supported yet");
            return;
        }
        if (a == null) {
            ctx.step("DROP SEQUENCE " + ctx.name(b.ref()), c).drops(Keys.relation(b.ref()))
                    .hazard(HazardKind.DESTRUCTIVE, "drops sequence " + b.ref().displayName());
            return;
        }
        String create = DdlScript.render(ctx.to.toBuilder().tables(List.of()).views(List.of())
                .routines(List.of()).sequences(List.of(a)).build()).get(0);
        ctx.step(create, c).creates(Keys.relation(a.ref())).creates(Keys.shape(a.ref()));
    }
}
