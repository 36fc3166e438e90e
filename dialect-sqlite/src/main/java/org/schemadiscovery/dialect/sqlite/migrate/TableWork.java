package org.schemadiscovery.dialect.sqlite.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schemadiscovery.api.diff.Added;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.diff.Renamed;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.support.DependencyGraph;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.render.DdlScript;
import org.schemadiscovery.dialect.sqlite.render.OptionKeys;

/**
 * The steps for one table both schemas have: renames first ({@code ALTER TABLE … RENAME}, which also rewrites the
 * foreign keys of other tables), then either {@code ALTER TABLE} statements and index changes, or — when a change
 * has no {@code ALTER TABLE} in SQLite — the documented rebuild: create the new table under a free name, copy the
 * rows (and the rowid), carry the AUTOINCREMENT counter over, drop the old table, rename the new one, create the
 * indexes. Triggers and the views and triggers that read the table are the planner's, around these steps.
 */
final class TableWork {
    final TableInfo before;
    final TableInfo after;
    /** Every step of this table, in the graph. */
    final List<Step> steps = new ArrayList<>();
    /** The first step of a rebuild, which carries its changes and its destructive hazards; null without one. */
    Step rebuild;
    /** Renamed, rebuilt, or a column renamed or dropped: the views and triggers reading it are recreated. */
    boolean disturbsReaders;

    private final List<SchemaChange> changes;
    private final DependencyGraph<Step> graph;
    private final Set<String> takenNames;
    private final Map<String, String> columnRenames = new LinkedHashMap<>();

    TableWork(TableInfo before, TableInfo after, List<SchemaChange> changes, DependencyGraph<Step> graph,
              Set<String> takenNames) {
        this.before = before;
        this.after = after;
        this.changes = changes;
        this.graph = graph;
        this.takenNames = takenNames;
    }

    /** Plans the steps; returns this. */
    TableWork plan() {
        List<Step> renames = renames();
        if (needsRebuild()) {
            rebuild(renames);
        } else {
            alter(renames);
        }
        return this;
    }

    private boolean needsRebuild() {
        for (SchemaChange c : changes) {
            switch (c.type()) {
                case TABLE -> {
                    if (!c.attributes().isEmpty()) {
                        return true;
                    }
                }
                case COLUMN -> {
                    if (c instanceof Added<?> && !ColumnRules.addable(after, (ColumnInfo) c.after())
                            || c instanceof Removed<?> && !ColumnRules.droppable(before, ((ColumnInfo) c.before())
                            .name())
                            || !(c instanceof Added<?> || c instanceof Removed<?>) && !c.attributes().isEmpty()) {
                        return true;
                    }
                }
                case INDEX, TRIGGER -> {
                    // CREATE and DROP INDEX / TRIGGER exist
                }
                default -> {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code ALTER TABLE … RENAME TO} and {@code RENAME COLUMN}, before anything else on the table. */
    private List<Step> renames() {
        List<Step> out = new ArrayList<>();
        Step tableRename = null;
        for (SchemaChange c : changes) {
            if (c instanceof Renamed<?> r && c.type() == ObjectType.TABLE) {
                disturbsReaders = true;
                tableRename = add(new Step("ALTER TABLE " + q(before.ref()) + " RENAME TO "
                        + Names.quote(after.ref().name())).change(c));
                out.add(tableRename);
            }
        }
        for (SchemaChange c : changes) {
            if (c instanceof Renamed<?> r && c.type() == ObjectType.COLUMN) {
                disturbsReaders = true;
                String old = ((ColumnInfo) r.before()).name();
                String fresh = ((ColumnInfo) r.after()).name();
                columnRenames.put(Names.key(old), fresh);
                Step s = add(new Step("ALTER TABLE " + q(after.ref()) + " RENAME COLUMN " + Names.quote(old) + " TO "
                        + Names.quote(fresh)).change(c));
                if (tableRename != null) {
                    graph.before(tableRename, s);
                }
                out.add(s);
            }
        }
        return out;
    }

    private void alter(List<Step> renames) {
        List<Step> drops = new ArrayList<>();
        List<Step> adds = new ArrayList<>();
        Map<String, Step> indexDrops = new LinkedHashMap<>();
        for (SchemaChange c : changes) {
            if (c.type() == ObjectType.INDEX && !(c instanceof Added<?>)) {
                IndexInfo i = (IndexInfo) c.before();
                Step s = add(new Step("DROP INDEX " + DdlScript.qualifiedName(before.ref().schema(), i.name())));
                if (c instanceof Removed<?>) {
                    s.change(c).hazard(HazardKind.DESTRUCTIVE, "drops index " + i.name());
                }
                indexDrops.put(Names.key(i.name()), s);
                renames.forEach(r -> graph.before(r, s));
            }
        }
        for (SchemaChange c : changes) {
            if (c.type() == ObjectType.COLUMN && c instanceof Removed<?>) {
                disturbsReaders = true;
                String name = ((ColumnInfo) c.before()).name();
                Step s = add(new Step("ALTER TABLE " + q(after.ref()) + " DROP COLUMN " + Names.quote(name)).change(c)
                        .hazard(HazardKind.DESTRUCTIVE, "drops column " + after.ref().displayName() + "." + name)
                        .hazard(HazardKind.DATA_LOSS, "its values are lost"));
                renames.forEach(r -> graph.before(r, s));
                indexDrops.values().forEach(d -> graph.before(d, s));
                drops.add(s);
            } else if (c.type() == ObjectType.COLUMN && c instanceof Added<?>) {
                ColumnInfo col = (ColumnInfo) c.after();
                Step s = add(new Step("ALTER TABLE " + q(after.ref()) + " ADD COLUMN "
                        + DdlScript.columnDefinition(after, col)).change(c));
                renames.forEach(r -> graph.before(r, s));
                adds.add(s);
            }
        }
        for (SchemaChange c : changes) {
            if (c.type() == ObjectType.INDEX && !(c instanceof Removed<?>)) {
                IndexInfo i = (IndexInfo) c.after();
                Step s = add(new Step(DdlScript.createIndex(after, i)).change(c)
                        .hazard(HazardKind.LONG_INDEX_BUILD, "reads every row of " + after.ref().displayName()));
                renames.forEach(r -> graph.before(r, s));
                adds.forEach(a -> graph.before(a, s));
                drops.forEach(d -> graph.before(d, s));
                IndexInfo was = c.before() == null ? i : (IndexInfo) c.before();
                Step own = indexDrops.get(Names.key(was.name()));
                if (own != null) {
                    graph.before(own, s);
                }
            }
        }
    }

    private void rebuild(List<Step> renames) {
        disturbsReaders = true;
        TableRef ref = after.ref();
        String tmp = freeName(ref.name() + "__sd_rebuild");
        TableInfo shape = after.toBuilder().ref(new TableRef(ref.catalog(), ref.schema(), tmp)).build();
        Optional<String> create = DdlScript.createTable(shape);
        rebuild = new Step(create.orElseThrow(() -> new IllegalStateException("no CREATE statement for " + ref)));
        rebuild.hazard(HazardKind.TABLE_REBUILD, "rebuilds " + ref.displayName() + " as SQLite's documentation"
                + " describes: a new table, every row copied, the old table dropped (" + rowCount() + ")");
        for (SchemaChange c : changes) {
            if (c instanceof Renamed<?> && (c.type() == ObjectType.TABLE || c.type() == ObjectType.COLUMN)
                    && c.attributes().isEmpty()) {
                continue;
            }
            if (c.type() == ObjectType.INDEX && !(c instanceof Removed<?>)) {
                continue;
            }
            rebuild.change(c);
            if (c instanceof Removed<?>) {
                rebuild.hazard(HazardKind.DESTRUCTIVE, "drops " + c.type().label() + " " + c.name());
            }
        }
        List<Step> chain = new ArrayList<>();
        chain.add(rebuild);
        Step copy = copy(tmp);
        if (copy != null) {
            chain.add(copy);
        } else {
            rebuild.hazard(HazardKind.DATA_LOSS, "no column of " + ref.displayName() + " survives: rows are not copied");
        }
        if (autoincrement(before) && autoincrement(after)) {
            String seq = DdlScript.qualifiedName(ref.schema(), "sqlite_sequence");
            chain.add(new Step("DELETE FROM " + seq + " WHERE name = " + Names.literal(tmp))
                    .hazard(HazardKind.TABLE_REBUILD, "the copy's AUTOINCREMENT counter is replaced by the old one"));
            chain.add(new Step("INSERT INTO " + seq + " (name, seq) SELECT " + Names.literal(tmp) + ", seq FROM "
                    + seq + " WHERE name = " + Names.literal(ref.name()))
                    .hazard(HazardKind.TABLE_REBUILD, "keeps the AUTOINCREMENT counter of " + ref.displayName()
                            + ", so no key is handed out twice"));
        }
        chain.add(new Step("DROP TABLE " + q(ref))
                .hazard(HazardKind.TABLE_REBUILD, "drops the old " + ref.displayName() + " once its rows are copied"));
        chain.add(new Step("ALTER TABLE " + DdlScript.qualifiedName(ref.schema(), tmp) + " RENAME TO "
                + Names.quote(ref.name())).hazard(HazardKind.TABLE_REBUILD, "the copy takes the name "
                + ref.displayName()));
        Step previous = null;
        for (Step s : chain) {
            s.needsForeignKeysOff = true;
            add(s);
            renames.forEach(r -> graph.before(r, s));
            if (previous != null) {
                graph.before(previous, s);
            }
            previous = s;
        }
        for (IndexInfo i : DdlScript.ownIndexes(after)) {
            Step s = add(new Step(DdlScript.createIndex(after, i))
                    .hazard(HazardKind.LONG_INDEX_BUILD, "reads every row of " + ref.displayName()));
            for (SchemaChange c : changes) {
                if (c.type() == ObjectType.INDEX && c.after() instanceof IndexInfo ci && ci.name().equals(i.name())) {
                    s.change(c);
                }
            }
            graph.before(previous, s);
        }
    }

    /**
     * INSERT … SELECT of every column both sides store, under its new name, and of the rowid when nothing aliases it;
     * null when nothing is left to copy.
     */
    private Step copy(String tmp) {
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (plainRowid(before) && plainRowid(after)) {
            targets.add("rowid");
            sources.add("rowid");
        }
        List<String> converted = new ArrayList<>();
        boolean strict = "true".equals(after.options().get(OptionKeys.STRICT));
        for (ColumnInfo c : after.columns()) {
            if (c.hidden() || c.generated() != null) {
                continue;
            }
            Optional<ColumnInfo> source = current(c.name());
            if (source.isEmpty()) {
                continue;
            }
            String expression = Names.quote(source.get().name());
            if (!Names.same(source.get().type().declared(), c.type().declared())) {
                converted.add(c.name());
                if (strict && !c.type().declared().isBlank()) {
                    expression = "CAST(" + expression + " AS " + c.type().declared() + ")";
                }
            }
            targets.add(Names.quote(c.name()));
            sources.add(expression);
        }
        if (targets.isEmpty()) {
            return null;
        }
        String table = q(after.ref());
        Step s = new Step("INSERT INTO " + DdlScript.qualifiedName(after.ref().schema(), tmp) + " ("
                + String.join(", ", targets) + ") SELECT " + String.join(", ", sources) + " FROM " + table)
                .hazard(HazardKind.TABLE_REBUILD, "copies every row of " + after.ref().displayName());
        List<String> lost = before.columns().stream().filter(c -> !c.hidden() && c.generated() == null)
                .map(c -> renamed(c.name())).filter(n -> after.columns().stream().noneMatch(a -> Names.same(a.name(), n)))
                .toList();
        if (!lost.isEmpty()) {
            s.hazard(HazardKind.DATA_LOSS, "the values of " + String.join(", ", lost) + " are not copied");
        }
        if (!converted.isEmpty()) {
            s.hazard(HazardKind.DATA_LOSS, "values of " + String.join(", ", converted) + " take the new type's "
                    + "affinity" + (strict ? " (CAST in a STRICT table)" : ""));
        }
        return s;
    }

    private Optional<ColumnInfo> current(String name) {
        return before.columns().stream().filter(c -> !c.hidden() && Names.same(renamed(c.name()), name)).findFirst();
    }

    private String renamed(String column) {
        return columnRenames.getOrDefault(Names.key(column), column);
    }

    private String rowCount() {
        return before.rowEstimate() != null ? "about " + before.rowEstimate() + " rows"
                : "row count unknown: SQLite keeps one only where ANALYZE wrote sqlite_stat1";
    }

    private static boolean plainRowid(TableInfo t) {
        return !"true".equals(t.options().get(OptionKeys.WITHOUT_ROWID))
                && t.columns().stream().noneMatch(c -> "true".equals(c.options().get(OptionKeys.ROWID_ALIAS))
                || Names.same(c.name(), "rowid"));
    }

    private static boolean autoincrement(TableInfo t) {
        return "true".equals(t.options().get(OptionKeys.AUTOINCREMENT));
    }

    private String freeName(String wanted) {
        String name = wanted;
        for (int n = 2; takenNames.contains(Names.key(name)); n++) {
            name = wanted + n;
        }
        takenNames.add(Names.key(name));
        return name;
    }

    private Step add(Step s) {
        graph.add(s);
        steps.add(s);
        return s;
    }

    static String q(TableRef ref) {
        return DdlScript.qualifiedName(ref.schema(), ref.name());
    }
}
