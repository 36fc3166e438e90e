package org.schemadiscovery.dialect.postgresql.migrate;

import org.schemadiscovery.api.support.PlannedStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.dialect.postgresql.render.Quoting;

/**
 * Views and materialized views: which relations and columns a definition reads (by name, as the stored definition
 * spells them), and the drop-and-recreate around a change to something a view reads — with the view's indexes,
 * triggers and comments, and transitively the views reading that view.
 */
final class Views {
    private final SchemaInfo from;
    private final SchemaInfo to;
    private final Map<TableRef, ViewInfo> toViews = new HashMap<>();
    private final Map<TableRef, ViewInfo> fromViews = new HashMap<>();
    /** Views already dropped and recreated in this plan, with their drop and recreate ops. */
    private final Map<TableRef, PlannedStep[]> rebuilt = new HashMap<>();

    Views(SchemaInfo from, SchemaInfo to) {
        this.from = from;
        this.to = to;
        from.views().forEach(v -> fromViews.put(v.ref(), v));
        to.views().forEach(v -> toViews.put(v.ref(), v));
    }

    /** Whether a definition names this relation (qualified, or unqualified in its own schema). */
    static boolean reads(String definition, TableRef relation) {
        if (definition == null) {
            return false;
        }
        return mentions(definition, Quoting.qualified(relation.schema(), relation.name()))
                || mentions(definition, Quoting.ident(relation.name()));
    }

    static boolean mentions(String text, String name) {
        int at = text.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            boolean startOk = at == 0 || !identifierChar(text.charAt(at - 1));
            boolean endOk = end >= text.length() || !identifierChar(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(name, at + 1);
        }
        return false;
    }

    private static boolean identifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** The relations of {@code schema} a view's definition reads. */
    private static List<TableRef> readsFrom(ViewInfo v, SchemaInfo schema) {
        List<TableRef> out = new ArrayList<>();
        for (TableInfo t : schema.tables()) {
            if (reads(v.definition(), t.ref())) {
                out.add(t.ref());
            }
        }
        for (ViewInfo other : schema.views()) {
            if (!other.ref().equals(v.ref()) && reads(v.definition(), other.ref())) {
                out.add(other.ref());
            }
        }
        return out;
    }

    private static String kind(ViewInfo v) {
        return v.materialized() ? "MATERIALIZED VIEW " : "VIEW ";
    }

    /** CREATE VIEW and what comes with it (indexes, triggers, comments, owner), needing what it reads. */
    List<PlannedStep> create(SchemaChange c, ViewInfo v, ChangeOps ops) {
        List<PlannedStep> out = new ArrayList<>();
        Render render = ops.render();
        List<String> sql = render.statements(render.empty().views(List.of(v)).build(), s -> true);
        PlannedStep first = null;
        for (String s : sql) {
            PlannedStep op = ops.addOp(s, c);
            out.add(op);
            if (first == null) {
                first = op.creates(Keys.relation(v.ref())).needs(Keys.schema(v.ref().schema()));
                for (TableRef r : readsFrom(v, to)) {
                    op.needs(Keys.relation(r));
                    TableInfo t = to.table(r).orElse(null);
                    if (t != null) {
                        t.columns().stream().filter(col -> mentions(v.definition(), Quoting.ident(col.name())))
                                .forEach(col -> op.needs(Keys.column(r, col.name())));
                    }
                }
            } else {
                op.after(first);
            }
        }
        return out;
    }

    PlannedStep drop(SchemaChange c, ViewInfo v, String kind, boolean destructive, ChangeOps ops) {
        PlannedStep op = ops.addOp("DROP " + kind + Quoting.qualified(v.ref().schema(), v.ref().name()), c)
                .drops(Keys.relation(v.ref())).releases(Keys.schema(v.ref().schema()));
        if (destructive) {
            op.hazard(HazardKind.DESTRUCTIVE, "drops " + kind.toLowerCase().strip() + " " + v.ref().displayName());
            rebuilt.put(v.ref(), new PlannedStep[] {op, null});
        }
        for (TableRef r : readsFrom(v, from)) {
            op.releases(Keys.relation(r));
            TableInfo t = from.table(r).orElse(null);
            if (t != null) {
                t.columns().stream().filter(col -> mentions(v.definition(), Quoting.ident(col.name())))
                        .forEach(col -> op.releases(Keys.column(r, col.name())));
            }
        }
        dependantViews(v.ref(), op, ops);
        return op;
    }

    /** A changed definition: drop and recreate (CREATE OR REPLACE cannot drop or retype columns). */
    void replace(SchemaChange c, ViewInfo before, ViewInfo after, ChangeOps ops) {
        PlannedStep[] done = rebuilt.get(before.ref());
        if (done != null) {
            done[0].implementing(c);
            return;
        }
        PlannedStep drop = drop(c, before, kind(before), false, ops);
        List<PlannedStep> created = create(c, after, ops);
        created.get(0).after(drop);
        drop.onlyWith(created.get(0));
        rebuilt.put(before.ref(), new PlannedStep[] {drop, created.get(0)});
    }

    /**
     * Around a change to {@code table.column} (type change, drop, enum conversion): every view of the starting
     * schema that reads it is dropped before and recreated after, unless the change list itself replaces or
     * removes it (its own ops then only get ordered around the change: view changes are planned first).
     */
    void rebuildAround(TableRef table, String column, PlannedStep change, ChangeOps ops) {
        for (ViewInfo v : from.views()) {
            if (reads(v.definition(), table) && mentions(v.definition(), Quoting.ident(column))) {
                rebuild(v, change, ops);
            }
        }
    }

    private void rebuild(ViewInfo v, PlannedStep change, ChangeOps ops) {
        PlannedStep[] done = rebuilt.get(v.ref());
        if (done == null) {
            ViewInfo target = toViews.get(v.ref());
            PlannedStep drop = drop(null, v, kind(v), false, ops);
            PlannedStep create = null;
            if (target != null) {
                create = create(null, target, ops).get(0);
                create.after(drop);
                drop.onlyWith(create);
            }
            done = new PlannedStep[] {drop, create};
            rebuilt.put(v.ref(), done);
        }
        change.after(done[0]);
        if (done[1] != null) {
            done[1].after(change);
        }
    }

    /** Views reading a view being dropped are rebuilt around that drop. */
    private void dependantViews(TableRef view, PlannedStep drop, ChangeOps ops) {
        for (ViewInfo other : from.views()) {
            if (!other.ref().equals(view) && reads(other.definition(), view) && !rebuilt.containsKey(other.ref())
                    && toViews.containsKey(other.ref())) {
                rebuild(other, drop, ops);
            }
        }
    }

}
