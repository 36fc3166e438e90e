package org.schemadiscovery.dialect.mysql.migrate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schemadiscovery.api.diff.Added;
import org.schemadiscovery.api.diff.AttributeChange;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.diff.Renamed;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.migration.TransactionGroup;
import org.schemadiscovery.api.migration.Unsupported;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.support.PlannedStep;
import org.schemadiscovery.api.support.StepOrder;
import org.schemadiscovery.dialect.mysql.render.DdlScript;
import org.schemadiscovery.dialect.mysql.render.Quoting;

/**
 * One planning run: table changes become clauses of one ALTER per table ({@link TableChanges}), other objects their
 * own statements ({@link ObjectChanges}); the steps are ordered by their keys and every step runs in a group of its
 * own, outside a transaction, since MySQL commits before and after each DDL statement.
 */
public final class MysqlPlanner {
    private final String dialect;

    public MysqlPlanner(String dialect) {
        this.dialect = dialect;
    }

    public MigrationPlan plan(SchemaInfo from, SchemaInfo to, List<SchemaChange> changes, PlannerOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(options, "options");
        Context ctx = new Context(from, to);
        TableChanges tables = new TableChanges(ctx);
        ObjectChanges objects = new ObjectChanges(ctx);
        for (SchemaChange c : changes) {
            switch (c.type()) {
                case TABLE, COLUMN, PRIMARY_KEY, UNIQUE_CONSTRAINT, CHECK_CONSTRAINT, INDEX, FOREIGN_KEY ->
                        tables.add(c);
                case VIEW, ROUTINE, TRIGGER, SEQUENCE -> objects.add(c);
                default -> ctx.unsupported(c, "MySQL/MariaDB has no " + c.type().label() + " of this kind");
            }
        }
        tables.finish();
        StepOrder.Result ordered;
        try {
            ordered = StepOrder.order(ctx.steps, options.allowDestructive());
        } catch (IllegalStateException cycle) {
            List<Unsupported> all = new ArrayList<>(ctx.unsupported);
            for (SchemaChange c : changes) {
                all.add(new Unsupported(c, "the statements for these changes depend on each other in a cycle: "
                        + cycle.getMessage()));
            }
            return new MigrationPlan(dialect, options, List.of(), List.of(), all);
        }
        List<String> settings = List.of(lockWait(options.lockTimeout()));
        List<TransactionGroup> groups = new ArrayList<>();
        for (PlannedStep s : ordered.run()) {
            groups.add(new TransactionGroup(settings, List.of(s.step()), false));
        }
        return new MigrationPlan(dialect, options, groups, ordered.leftOut(), ctx.unsupported);
    }

    /** lock_wait_timeout is in whole seconds; zero (wait forever) is the server's maximum, one year. */
    private static String lockWait(Duration timeout) {
        long seconds = timeout.isZero() ? 31_536_000L : Math.max(1, (timeout.toMillis() + 999) / 1000);
        return "SET SESSION lock_wait_timeout = " + seconds;
    }

    /** What the change collectors share: the two models, the renderer, the steps and the unsupported changes. */
    static final class Context {
        final SchemaInfo from;
        final SchemaInfo to;
        final DdlScript ddl;
        final List<PlannedStep> steps = new ArrayList<>();
        final List<Unsupported> unsupported = new ArrayList<>();
        final Map<TableRef, TableRef> renamedTables = new LinkedHashMap<>();
        /** MariaDB knows DROP INDEX IF EXISTS inside ALTER TABLE; MySQL does not. */
        final boolean mariaDb;
        /** The to side's database when it is compared with another name on the from side (one each), else null. */
        private final String toSchema;
        private final String fromSchema;

        Context(SchemaInfo from, SchemaInfo to) {
            this.from = from;
            this.to = to;
            this.ddl = new DdlScript(to);
            this.mariaDb = (from.identity().product() + " " + from.identity().version())
                    .toLowerCase(java.util.Locale.ROOT).contains("mariadb");
            boolean mapped = from.schemas().size() == 1 && to.schemas().size() == 1
                    && !from.schemas().get(0).equals(to.schemas().get(0));
            this.fromSchema = mapped ? from.schemas().get(0) : null;
            this.toSchema = mapped ? to.schemas().get(0) : null;
        }

        /**
         * A to-side reference in the from side's database, as the changes name it (the comparison maps a single
         * database of each side onto the other).
         */
        TableRef inFrom(TableRef toRef) {
            return toSchema != null && toSchema.equals(toRef.schema()) ? TableRef.of(fromSchema, toRef.name())
                    : TableRef.of(toRef.schema(), toRef.name());
        }

        private TableRef inTo(TableRef fromRef) {
            return toSchema != null && fromSchema.equals(fromRef.schema()) ? TableRef.of(toSchema, fromRef.name())
                    : fromRef;
        }

        PlannedStep step(String sql, SchemaChange change) {
            PlannedStep s = new PlannedStep(sql, change).hazard(HazardKind.NOT_TRANSACTIONAL,
                    "DDL commits implicitly");
            steps.add(s);
            return s;
        }

        void add(PlannedStep s) {
            steps.add(s);
        }

        void unsupported(SchemaChange c, String reason) {
            unsupported.add(new Unsupported(c, reason));
        }

        String name(TableRef ref) {
            return ddl.name(ref);
        }

        /** The parent table of a child change, by its name in the target. */
        static TableRef parent(ObjectName n) {
            return TableRef.of(n.schema(), n.parent());
        }

        /** The table as the source has it, looked up under its source name when it was renamed. */
        TableInfo fromTable(TableRef ref) {
            TableRef old = renamedTables.getOrDefault(ref, ref);
            return from.table(old).or(() -> from.table(ref)).orElse(null);
        }

        /** The target's table of this (from-side) name. */
        TableInfo toTable(TableRef ref) {
            return to.table(inTo(ref)).or(() -> to.table(ref)).orElse(null);
        }

        /** Every relation name of the target that a definition mentions in backquotes, and the routines it calls. */
        List<String> mentions(String definition, TableRef self) {
            List<String> keys = new ArrayList<>();
            if (definition == null) {
                return keys;
            }
            for (TableInfo t : to.tables()) {
                if (!t.ref().equals(self) && definition.contains(Quoting.id(t.ref().name()))) {
                    keys.add(Keys.shape(inFrom(t.ref())));
                }
            }
            for (ViewInfo v : to.views()) {
                if (!v.ref().equals(self) && definition.contains(Quoting.id(v.ref().name()))) {
                    keys.add(Keys.shape(inFrom(v.ref())));
                }
            }
            String lower = definition.toLowerCase(java.util.Locale.ROOT);
            for (RoutineInfo r : to.routines()) {
                String n = r.ref().name().toLowerCase(java.util.Locale.ROOT);
                if (lower.contains("`" + n + "`") || lower.contains(n + "(")) {
                    keys.add(Keys.routine(inFrom(r.ref())));
                }
            }
            return keys;
        }

        static boolean isRemoved(SchemaChange c) {
            return c instanceof Removed<?>;
        }

        static boolean isAdded(SchemaChange c) {
            return c instanceof Added<?>;
        }

        static boolean isRenamed(SchemaChange c) {
            return c instanceof Renamed<?>;
        }

        static boolean changed(SchemaChange c, String attribute) {
            return c.attribute(attribute).isPresent();
        }

        static boolean only(SchemaChange c, String... attributes) {
            List<String> allowed = List.of(attributes);
            return c.attributes().stream().map(AttributeChange::name).allMatch(allowed::contains);
        }

        static String routineWord(RoutineInfo r) {
            return r.kind() == RoutineKind.FUNCTION ? "FUNCTION" : "PROCEDURE";
        }

        static boolean sameForeignKey(ForeignKey a, ForeignKey b) {
            return a.columns().equals(b.columns()) && a.referencedTable().name().equals(b.referencedTable().name())
                    && a.referencedColumns().equals(b.referencedColumns()) && a.onDelete() == b.onDelete()
                    && a.onUpdate() == b.onUpdate();
        }

        static List<String> columnNames(List<ColumnInfo> columns) {
            return columns.stream().map(ColumnInfo::name).toList();
        }

        static TriggerInfo trigger(TableInfo t, String name) {
            return t == null ? null : t.triggers().stream().filter(g -> g.name().equals(name)).findFirst()
                    .orElse(null);
        }
    }
}
