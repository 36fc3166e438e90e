package org.schemadiscovery.dialect.sqlite.migrate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.schemadiscovery.api.diff.Added;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.diff.Renamed;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.LeftOut;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.migration.TransactionGroup;
import org.schemadiscovery.api.migration.Unsupported;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.support.DependencyGraph;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.render.DdlScript;
import org.schemadiscovery.dialect.sqlite.render.OptionKeys;

/**
 * One SQLite planning run. Tables get their steps from {@link TableWork}; views and triggers that change, and those
 * that read a table being renamed, rebuilt or losing a column (SQLite re-checks them on {@code RENAME} and
 * {@code DROP COLUMN}), are dropped first and created again after. The order comes from the graph: a drop of a
 * reader before every step of a table it names, a create after every step of the tables and views it names.
 * A plan that drops or rebuilds a table switches foreign keys off before its transaction (the pragma is a no-op
 * inside one, and a dropped parent would otherwise cascade) and on after it, and checks them before COMMIT.
 */
public final class SqlitePlanner {
    static final String FOREIGN_KEYS_OFF = "PRAGMA foreign_keys = OFF";
    static final String FOREIGN_KEYS_ON = "PRAGMA foreign_keys = ON";
    static final String FOREIGN_KEY_CHECK = "PRAGMA foreign_key_check";

    private final String dialect;

    public SqlitePlanner(String dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    public MigrationPlan plan(SchemaInfo from, SchemaInfo to, List<SchemaChange> changes, PlannerOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(options, "options");
        return new Run(from, to, options).plan(changes);
    }

    private final class Run {
        private final SchemaInfo from;
        private final SchemaInfo to;
        private final PlannerOptions options;
        private final DependencyGraph<Step> graph = new DependencyGraph<>();
        private final List<Unsupported> unsupported = new ArrayList<>();
        private final Set<String> takenNames = new HashSet<>();
        /** Table steps by the table's name on the side it has, to-side first, keyed with schema. */
        private final Map<String, List<Step>> tableStepsFrom = new LinkedHashMap<>();
        private final Map<String, List<Step>> tableStepsTo = new LinkedHashMap<>();
        private final Set<String> disturbed = new HashSet<>();
        private final Set<String> goneWithTable = new HashSet<>();
        private final Map<String, TableWork> rebuilt = new LinkedHashMap<>();
        private final Map<String, Step> viewDrops = new LinkedHashMap<>();
        private final Map<String, Step> viewCreates = new LinkedHashMap<>();
        private final Map<String, Step> triggerDrops = new LinkedHashMap<>();
        private final Map<String, Step> triggerCreates = new LinkedHashMap<>();
        /** Renamed tables: from-side key to to-side key. */
        private final Map<String, String> tableRenames = new LinkedHashMap<>();
        /** The step that drops or rebuilds a table, by its from-side key: it carries the table's removed triggers. */
        private final Map<String, Step> carriers = new LinkedHashMap<>();
        private List<SchemaChange> changes = List.of();

        Run(SchemaInfo from, SchemaInfo to, PlannerOptions options) {
            this.from = from;
            this.to = to;
            this.options = options;
            from.tables().forEach(t -> takenNames.add(Names.key(t.ref().name())));
            to.tables().forEach(t -> takenNames.add(Names.key(t.ref().name())));
            from.views().forEach(v -> takenNames.add(Names.key(v.ref().name())));
            to.views().forEach(v -> takenNames.add(Names.key(v.ref().name())));
        }

        MigrationPlan plan(List<SchemaChange> all) {
            this.changes = all;
            for (SchemaChange c : all) {
                if (c instanceof Renamed<?> r && c.type() == ObjectType.TABLE) {
                    tableRenames.put(key(r.from().schema(), r.from().name()), key(r.name().schema(), r.name().name()));
                }
            }
            Map<String, List<SchemaChange>> byTable = new LinkedHashMap<>();
            List<SchemaChange> views = new ArrayList<>();
            List<SchemaChange> triggers = new ArrayList<>();
            for (SchemaChange c : all) {
                switch (c.type()) {
                    case TABLE, COLUMN, PRIMARY_KEY, UNIQUE_CONSTRAINT, CHECK_CONSTRAINT, FOREIGN_KEY, INDEX ->
                            byTable.computeIfAbsent(tableKey(c), k -> new ArrayList<>()).add(c);
                    case VIEW -> views.add(c);
                    case TRIGGER -> triggers.add(c);
                    default -> unsupported.add(new Unsupported(c, "SQLite has no " + c.type().label()
                            + (c.type() == ObjectType.SCHEMA ? " to create or drop: a schema is an attached database"
                            + " file, attached outside the migration" : "")));
                }
            }
            byTable.values().forEach(this::table);
            views.forEach(this::view);
            readers();
            triggers.forEach(this::trigger);
            recreatedTriggers();
            edges();
            return finish();
        }

        // ------------------------------------------------------------------ tables

        private String tableKey(SchemaChange c) {
            ObjectName n = c.name();
            String table = c.type() == ObjectType.TABLE ? n.name() : n.parent();
            String k = key(n.schema(), table);
            return c.type() == ObjectType.TABLE ? k : tableRenames.getOrDefault(k, k);
        }

        private void table(List<SchemaChange> cs) {
            SchemaChange tableChange = cs.stream().filter(c -> c.type() == ObjectType.TABLE).findFirst()
                    .orElse(null);
            if (tableChange instanceof Added<?> a) {
                created((TableInfo) a.after(), cs);
                return;
            }
            if (tableChange instanceof Removed<?> r) {
                dropped((TableInfo) r.before(), cs);
                return;
            }
            TableInfo after = tableChange != null ? (TableInfo) tableChange.after() : toSide(cs.get(0));
            TableInfo before = tableChange != null ? (TableInfo) tableChange.before() : fromSide(after, cs.get(0));
            if (after == null || before == null) {
                cs.forEach(c -> unsupported.add(new Unsupported(c, "its table is on neither side")));
                return;
            }
            if ("true".equals(after.options().get(OptionKeys.SHADOW))) {
                return;  // a virtual table's module maintains its shadow tables
            }
            boolean virtual = after.kind() == TableKind.VIRTUAL || before.kind() == TableKind.VIRTUAL;
            if (virtual && cs.stream().anyMatch(c -> !(c instanceof Renamed<?> && c.type() == ObjectType.TABLE
                    && c.attributes().isEmpty()))) {
                cs.forEach(c -> unsupported.add(new Unsupported(c, "a virtual table is created and dropped whole;"
                        + " its module decides what it stores")));
                return;
            }
            TableWork work = new TableWork(before, after, cs, graph, takenNames).plan();
            register(before.ref(), after.ref(), work.steps);
            if (work.disturbsReaders) {
                disturbed.add(key(before.ref()));
            }
            if (work.rebuild != null) {
                rebuilt.put(key(after.ref()), work);
                goneWithTable.add(key(before.ref()));
                carriers.put(key(before.ref()), work.rebuild);
            }
        }

        private void created(TableInfo t, List<SchemaChange> cs) {
            Optional<String> create = DdlScript.createTable(t);
            if (create.isEmpty()) {
                cs.forEach(c -> unsupported.add(new Unsupported(c, "the virtual table's module and arguments are"
                        + " unknown")));
                return;
            }
            if ("true".equals(t.options().get(OptionKeys.SHADOW))) {
                return;
            }
            List<Step> steps = new ArrayList<>();
            Step s = new Step(create.get());
            cs.forEach(s::change);
            graph.add(s);
            steps.add(s);
            for (IndexInfo i : DdlScript.ownIndexes(t)) {
                Step index = new Step(DdlScript.createIndex(t, i));
                graph.add(index);
                graph.before(s, index);
                steps.add(index);
            }
            register(null, t.ref(), steps);
            for (TriggerInfo tr : t.triggers()) {
                createTrigger(t.ref(), tr, null);
            }
        }

        private void dropped(TableInfo t, List<SchemaChange> cs) {
            if ("true".equals(t.options().get(OptionKeys.SHADOW))) {
                return;
            }
            Step s = new Step("DROP TABLE " + TableWork.q(t.ref()))
                    .hazard(HazardKind.DESTRUCTIVE, "drops table " + t.ref().displayName())
                    .hazard(HazardKind.DATA_LOSS, "its rows are lost");
            cs.forEach(s::change);
            s.needsForeignKeysOff = true;
            graph.add(s);
            register(t.ref(), null, List.of(s));
            disturbed.add(key(t.ref()));
            goneWithTable.add(key(t.ref()));
            carriers.put(key(t.ref()), s);
        }

        private TableInfo toSide(SchemaChange c) {
            TableRef ref = TableRef.of(c.name().schema(), c.name().parent());
            return to.table(ref).orElse(null);
        }

        private TableInfo fromSide(TableInfo after, SchemaChange c) {
            return from.table(after == null ? TableRef.of(c.name().schema(), c.name().parent()) : after.ref())
                    .orElse(null);
        }

        private void register(TableRef before, TableRef after, List<Step> steps) {
            if (before != null) {
                tableStepsFrom.computeIfAbsent(key(before), k -> new ArrayList<>()).addAll(steps);
            }
            if (after != null) {
                tableStepsTo.computeIfAbsent(key(after), k -> new ArrayList<>()).addAll(steps);
            }
        }

        // ------------------------------------------------------------------ views and triggers

        private void view(SchemaChange c) {
            if (!(c instanceof Added<?>)) {
                Step drop = dropView((ViewInfo) c.before());
                if (c instanceof Removed<?>) {
                    drop.change(c).hazard(HazardKind.DESTRUCTIVE, "drops view " + c.name());
                }
            }
            if (!(c instanceof Removed<?>)) {
                createView((ViewInfo) c.after()).change(c);
            }
        }

        /**
         * The views and triggers of {@code from} that name a disturbed table or a dropped view (until nothing is
         * added): dropped, and created again from {@code to} where it has them.
         */
        private void readers() {
            boolean grew = true;
            while (grew) {
                grew = false;
                for (ViewInfo v : from.views()) {
                    if (!viewDrops.containsKey(key(v.ref())) && readsDisturbed(v.definition())) {
                        dropView(v);
                        to.views().stream().filter(w -> key(w.ref()).equals(key(v.ref()))).findFirst()
                                .ifPresent(this::createView);
                        grew = true;
                    }
                }
            }
            for (TableInfo t : from.tables()) {
                for (TriggerInfo tr : t.triggers()) {
                    if (!goneWithTable.contains(key(t.ref())) && readsDisturbed(tr.definition())) {
                        dropTrigger(t.ref(), tr);
                    }
                }
            }
            for (ViewInfo v : from.views()) {
                for (TriggerInfo tr : v.triggers()) {
                    if (readsDisturbed(tr.definition()) || viewDrops.containsKey(key(v.ref()))) {
                        dropTrigger(v.ref(), tr);
                    }
                }
            }
        }

        private boolean readsDisturbed(String sql) {
            Mentions m = Mentions.of(sql);
            for (String k : disturbed) {
                if (m.name(k.substring(k.indexOf('\u0000') + 1))) {
                    return true;
                }
            }
            for (String k : viewDrops.keySet()) {
                if (m.name(k.substring(k.indexOf('\u0000') + 1))) {
                    return true;
                }
            }
            return false;
        }

        private void trigger(SchemaChange c) {
            TableRef on = TableRef.of(c.name().schema(), c.name().parent());
            if (!(c instanceof Added<?>)) {
                TriggerInfo tr = (TriggerInfo) c.before();
                Step carrier = carriers.get(key(on));
                if (goneWithTable.contains(key(on))) {
                    if (c instanceof Removed<?> && carrier != null) {
                        carrier.change(c).hazard(HazardKind.DESTRUCTIVE, "drops trigger " + tr.name());
                    }
                } else {
                    Step drop = dropTrigger(on, tr);
                    if (c instanceof Removed<?>) {
                        drop.change(c).hazard(HazardKind.DESTRUCTIVE, "drops trigger " + tr.name());
                    }
                }
            }
            if (!(c instanceof Removed<?>)) {
                TriggerInfo tr = (TriggerInfo) c.after();
                createTrigger(tr.table() != null ? tr.table() : on, tr, c);
            }
        }

        /** Triggers that went with a rebuilt table or a recreated view, and those read as readers, from {@code to}. */
        private void recreatedTriggers() {
            for (TableWork w : rebuilt.values()) {
                w.after.triggers().forEach(tr -> createTrigger(w.after.ref(), tr, null));
            }
            for (ViewInfo v : to.views()) {
                if (viewCreates.containsKey(key(v.ref()))) {
                    v.triggers().forEach(tr -> createTrigger(v.ref(), tr, null));
                }
            }
            for (Map.Entry<String, Step> e : new ArrayList<>(triggerDrops.entrySet())) {
                if (triggerCreates.containsKey(e.getKey())) {
                    continue;
                }
                for (TableInfo t : to.tables()) {
                    t.triggers().stream().filter(tr -> e.getKey().equals(key(t.ref().schema(), tr.name())))
                            .findFirst().ifPresent(tr -> createTrigger(t.ref(), tr, null));
                }
                for (ViewInfo v : to.views()) {
                    v.triggers().stream().filter(tr -> e.getKey().equals(key(v.ref().schema(), tr.name())))
                            .findFirst().ifPresent(tr -> createTrigger(v.ref(), tr, null));
                }
            }
        }

        private Step dropView(ViewInfo v) {
            return viewDrops.computeIfAbsent(key(v.ref()), k -> {
                Step s = new Step("DROP VIEW " + TableWork.q(v.ref()));
                graph.add(s);
                return s;
            });
        }

        private Step createView(ViewInfo v) {
            Step s = viewCreates.computeIfAbsent(key(v.ref()), k -> {
                Step c = new Step(DdlScript.createView(v));
                graph.add(c);
                return c;
            });
            link(viewDrops.get(key(v.ref())), s);
            return s;
        }

        private Step dropTrigger(TableRef on, TriggerInfo tr) {
            return triggerDrops.computeIfAbsent(key(on.schema(), tr.name()), k -> {
                Step s = new Step("DROP TRIGGER " + DdlScript.qualifiedName(on.schema(), tr.name()));
                graph.add(s);
                return s;
            });
        }

        private void createTrigger(TableRef on, TriggerInfo tr, SchemaChange c) {
            Optional<String> sql = DdlScript.createTrigger(on, tr);
            if (sql.isEmpty()) {
                if (c != null) {
                    unsupported.add(new Unsupported(c, "the trigger's text is unknown"));
                }
                return;
            }
            Step s = triggerCreates.computeIfAbsent(key(on.schema(), tr.name()), k -> {
                Step n = new Step(sql.get());
                graph.add(n);
                return n;
            });
            s.change(c);
            link(triggerDrops.get(key(on.schema(), tr.name())), s);
        }

        private void link(Step drop, Step create) {
            if (drop != null && drop != create) {
                drop.recreatedBy = create;
                graph.before(drop, create);
            }
        }

        // ------------------------------------------------------------------ order

        /**
         * Drops of views and triggers before every step of a table, and before the drop of a view, they name (in
         * {@code from}); creates after every step of a table, and after the create of a view, they name (in
         * {@code to}). Tables need no order among themselves: SQLite accepts a foreign key to a table created
         * later, and keys are off while tables are dropped or rebuilt.
         */
        private void edges() {
            for (ViewInfo v : from.views()) {
                Step drop = viewDrops.get(key(v.ref()));
                if (drop != null) {
                    beforeTablesNamed(drop, v.ref().schema(), v.definition());
                    for (TriggerInfo tr : v.triggers()) {
                        Step td = triggerDrops.get(key(v.ref().schema(), tr.name()));
                        if (td != null) {
                            graph.before(td, drop);
                        }
                    }
                }
            }
            for (TableInfo t : from.tables()) {
                for (TriggerInfo tr : t.triggers()) {
                    Step drop = triggerDrops.get(key(t.ref().schema(), tr.name()));
                    if (drop != null) {
                        beforeTablesNamed(drop, t.ref().schema(), tr.definition());
                    }
                }
            }
            for (ViewInfo v : to.views()) {
                Step create = viewCreates.get(key(v.ref()));
                if (create != null) {
                    afterObjectsNamed(create, v.ref().schema(), v.definition());
                    for (TriggerInfo tr : v.triggers()) {
                        Step tc = triggerCreates.get(key(v.ref().schema(), tr.name()));
                        if (tc != null) {
                            graph.before(create, tc);
                        }
                    }
                }
            }
            for (TableInfo t : to.tables()) {
                for (TriggerInfo tr : t.triggers()) {
                    Step create = triggerCreates.get(key(t.ref().schema(), tr.name()));
                    if (create != null) {
                        afterObjectsNamed(create, t.ref().schema(), tr.definition());
                    }
                }
            }
        }

        /** Before every step of the tables it names, and before the drops of the views it names. */
        private void beforeTablesNamed(Step drop, String schema, String sql) {
            Mentions m = Mentions.of(sql);
            tableStepsFrom.forEach((k, steps) -> {
                if (sameSchema(k, schema) && m.name(nameOf(k))) {
                    steps.forEach(s -> graph.before(drop, s));
                }
            });
            viewDrops.forEach((k, s) -> {
                if (s != drop && sameSchema(k, schema) && m.name(nameOf(k))) {
                    graph.before(drop, s);
                }
            });
        }

        private void afterObjectsNamed(Step create, String schema, String sql) {
            Mentions m = Mentions.of(sql);
            tableStepsTo.forEach((k, steps) -> {
                if (sameSchema(k, schema) && m.name(nameOf(k))) {
                    steps.forEach(s -> graph.before(s, create));
                }
            });
            viewCreates.forEach((k, s) -> {
                if (s != create && sameSchema(k, schema) && m.name(nameOf(k))) {
                    graph.before(s, create);
                }
            });
        }

        // ------------------------------------------------------------------ result

        private MigrationPlan finish() {
            List<Step> sorted;
            try {
                sorted = graph.sorted();
            } catch (IllegalStateException cycle) {
                List<Unsupported> all = new ArrayList<>(unsupported);
                for (SchemaChange c : changes) {
                    all.add(new Unsupported(c, "the statements for these changes depend on each other in a cycle: "
                            + cycle.getMessage()));
                }
                return new MigrationPlan(dialect, options, List.of(), List.of(), all);
            }
            Set<Step> left = options.allowDestructive() ? Set.of() : leftOut(sorted);
            List<LeftOut> leftOut = new ArrayList<>();
            List<Step> run = new ArrayList<>();
            for (Step s : sorted) {
                if (left.contains(s)) {
                    leftOut.add(new LeftOut(s.toStep(), s.destructive() ? "destructive: " + s.hazards.stream()
                            .filter(h -> h.kind() == HazardKind.DESTRUCTIVE).map(h -> h.detail()).findFirst()
                            .orElse("") : "depends on a destructive step that was left out"));
                } else {
                    run.add(s);
                }
            }
            return new MigrationPlan(dialect, options, groups(run), leftOut, unsupported);
        }

        /** Destructive steps, what must come after them, and the drop half of a recreate whose create is left out. */
        private Set<Step> leftOut(List<Step> sorted) {
            Set<Step> roots = Collections.newSetFromMap(new IdentityHashMap<>());
            sorted.stream().filter(Step::destructive).forEach(roots::add);
            if (roots.isEmpty()) {
                return Set.of();
            }
            Set<Step> out = Collections.newSetFromMap(new IdentityHashMap<>());
            out.addAll(graph.dependantsOf(roots));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Step s : sorted) {
                    if (s.recreatedBy != null && out.contains(s.recreatedBy) && !out.contains(s)) {
                        // only the drop: what runs after it did not need the object gone (a rebuild that did is
                        // left out already, being destructive itself)
                        out.add(s);
                        grew = true;
                    }
                }
            }
            return out;
        }

        private List<TransactionGroup> groups(List<Step> run) {
            if (run.isEmpty()) {
                return List.of();
            }
            List<MigrationStep> steps = new ArrayList<>();
            run.forEach(s -> steps.add(s.toStep()));
            if (run.stream().noneMatch(s -> s.needsForeignKeysOff)) {
                return List.of(new TransactionGroup(List.of(), steps, true));
            }
            steps.add(new Step(FOREIGN_KEY_CHECK).failsOnRows().hazard(HazardKind.VALIDATES_EXISTING_ROWS, "lists the rows whose"
                    + " foreign keys broke while they were off (table, rowid, parent, key number); when it lists any,"
                    + " run ROLLBACK instead of COMMIT and fix those rows first").toStep());
            return List.of(
                    new TransactionGroup(List.of(), List.of(new Step(FOREIGN_KEYS_OFF).hazard(
                            HazardKind.NOT_TRANSACTIONAL, "SQLite ignores it inside a transaction; with foreign keys"
                                    + " on, dropping a table deletes its rows first and cascades to other tables")
                            .toStep()), false),
                    new TransactionGroup(List.of(), steps, true),
                    new TransactionGroup(List.of(), List.of(new Step(FOREIGN_KEYS_ON).hazard(
                            HazardKind.NOT_TRANSACTIONAL, "SQLite ignores it inside a transaction; switches foreign"
                                    + " keys back on for this connection").toStep()), false));
        }
    }

    // ---------------------------------------------------------------------- keys

    static String key(TableRef ref) {
        return key(ref.schema(), ref.name());
    }

    /** Schema and name, NUL-separated, the name folded as SQLite compares it. */
    static String key(String schema, String name) {
        return (schema == null ? "main" : Names.key(schema)) + '\u0000' + Names.key(name);
    }

    private static boolean sameSchema(String key, String schema) {
        return key.substring(0, key.indexOf('\u0000')).equals(schema == null ? "main" : Names.key(schema));
    }

    private static String nameOf(String key) {
        return key.substring(key.indexOf('\u0000') + 1);
    }
}
