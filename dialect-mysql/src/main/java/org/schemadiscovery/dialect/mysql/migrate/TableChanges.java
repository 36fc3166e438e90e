package org.schemadiscovery.dialect.mysql.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.schemadiscovery.api.diff.Renamed;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.support.PlannedStep;
import org.schemadiscovery.dialect.mysql.render.DdlScript;
import org.schemadiscovery.dialect.mysql.render.OptionKeys;
import org.schemadiscovery.dialect.mysql.render.Quoting;

/**
 * Tables and what belongs to them: created and dropped tables, renamed ones, and for an altered table one ALTER
 * holding every column, key, index and option change ({@link TableWork}), foreign keys around it.
 */
final class TableChanges {
    private final MysqlPlanner.Context ctx;
    private final Map<TableRef, TableWork> work = new LinkedHashMap<>();
    private final Set<String> handledForeignKeys = new LinkedHashSet<>();
    private final List<TableRef> dropped = new ArrayList<>();
    private final Set<String> inlineChecks = new LinkedHashSet<>();

    TableChanges(MysqlPlanner.Context ctx) {
        this.ctx = ctx;
    }

    private TableWork work(TableRef ref) {
        return work.computeIfAbsent(ref, r -> new TableWork(r, ctx.name(r)));
    }

    void add(SchemaChange c) {
        switch (c.type()) {
            case TABLE -> table(c);
            case COLUMN -> column(c);
            case PRIMARY_KEY, UNIQUE_CONSTRAINT, CHECK_CONSTRAINT -> constraint(c);
            case INDEX -> index(c);
            case FOREIGN_KEY -> foreignKey(c);
            default -> throw new IllegalArgumentException("not a table change: " + c);
        }
    }

    // ------------------------------------------------------------------ tables

    private void table(SchemaChange c) {
        if (MysqlPlanner.Context.isAdded(c)) {
            create((TableInfo) c.after(), c);
            return;
        }
        if (MysqlPlanner.Context.isRemoved(c)) {
            TableInfo b = (TableInfo) c.before();
            PlannedStep drop = ctx.step("DROP TABLE " + ctx.name(b.ref()), c).drops(Keys.relation(b.ref()))
                    .hazard(HazardKind.DESTRUCTIVE, "drops table " + b.ref().displayName())
                    .hazard(HazardKind.DATA_LOSS, "its rows are lost");
            for (ForeignKey fk : b.foreignKeys()) {
                if (!fk.referencedTable().equals(b.ref())) {
                    drop.releases(Keys.relation(fk.referencedTable()));
                }
            }
            dropped.add(b.ref());
            return;
        }
        TableInfo b = (TableInfo) c.before();
        TableInfo a = (TableInfo) c.after();
        if (c instanceof Renamed<?> r) {
            ctx.renamedTables.put(a.ref(), b.ref());
            ctx.step("RENAME TABLE " + ctx.name(b.ref()) + " TO " + ctx.name(a.ref()), c)
                    .drops(Keys.relation(b.ref())).creates(Keys.relation(a.ref())).needs(Keys.relation(b.ref()));
        }
        TableWork w = work(a.ref());
        for (var attr : c.attributes()) {
            switch (attr.name()) {
                case "options" -> options(w, b, a, c);
                case "comment" -> w.main.clause("COMMENT " + Quoting.literal(a.comment() == null ? ""
                        : a.comment()), c);
                case "partition" -> { } // with the options: one PARTITION BY for both
                default -> ctx.unsupported(c, "changing a table's " + attr.name() + " is not supported on"
                        + " MySQL/MariaDB");
            }
        }
        if (c.attribute("partition").isPresent() && c.attribute("options").isEmpty()) {
            partition(w, a, c);
        }
    }

    private void create(TableInfo t, SchemaChange c) {
        TableInfo bare = t.toBuilder().constraints(t.constraints().stream()
                .filter(k -> !(k instanceof ForeignKey)).toList()).triggers(List.of()).build();
        SchemaInfo single = ctx.to.toBuilder().tables(List.of(bare)).views(List.of()).sequences(List.of())
                .routines(List.of()).build();
        for (String s : DdlScript.render(single)) {
            if (s.startsWith("CREATE TABLE")) {
                PlannedStep create = ctx.step(s, c).creates(Keys.relation(t.ref())).creates(Keys.shape(t.ref()));
                for (ForeignKey fk : t.foreignKeys()) {
                    create.releases(Keys.relation(fk.referencedTable()));
                }
            }
        }
        TableWork w = work(t.ref());
        for (ForeignKey fk : t.foreignKeys()) {
            w.addedForeignKeys.clause("ADD " + ctx.ddl.foreignKey(fk), c);
            handledForeignKeys.add(Keys.foreignKey(t.ref(), fk.name()));
        }
        for (TriggerInfo g : t.triggers()) {
            ObjectChanges.createTrigger(ctx, t.ref(), g, c);
        }
    }

    private void options(TableWork w, TableInfo b, TableInfo a, SchemaChange c) {
        Map<String, String> before = b.options();
        Map<String, String> after = a.options();
        boolean partitioning = false;
        for (String key : union(before.keySet(), after.keySet())) {
            String old = before.get(key);
            String now = after.get(key);
            if (Objects.equals(old, now)) {
                continue;
            }
            switch (key) {
                case OptionKeys.ENGINE -> {
                    w.main.clause("ENGINE=" + now, c);
                    w.main.copies("changing the engine copies " + a.ref().displayName());
                }
                case OptionKeys.CHARSET -> w.main.clause("DEFAULT CHARSET=" + now, c);
                case OptionKeys.COLLATION -> w.main.clause("COLLATE=" + now, c);
                case OptionKeys.AUTO_INCREMENT -> {
                    if (now != null) {
                        w.main.clause("AUTO_INCREMENT=" + now, c);
                    }
                }
                case OptionKeys.CREATE_OPTIONS -> {
                    if (now != null) {
                        w.main.clause(now, c).copies("changing the row format copies " + a.ref().displayName());
                    } else {
                        ctx.unsupported(c, "removing table options " + old + " needs their defaults spelled out");
                    }
                }
                case OptionKeys.SYSTEM_VERSIONING -> w.main.clause("true".equals(now) ? "ADD SYSTEM VERSIONING"
                        : "DROP SYSTEM VERSIONING", c).copies("system versioning copies " + a.ref().displayName());
                case OptionKeys.PARTITIONS, OptionKeys.SUBPARTITION_BY -> partitioning = true;
                default -> ctx.unsupported(c, "changing table option " + key + " is not supported");
            }
        }
        if (partitioning || c.attribute("partition").isPresent()) {
            partition(w, a, c);
        }
    }

    /** Repartitioning (or removing partitioning) rewrites the table: a step of its own after the table's ALTER. */
    private void partition(TableWork w, TableInfo a, SchemaChange c) {
        String sql;
        if (a.partition() == null || a.partition().strategy() == null) {
            sql = "ALTER TABLE " + w.name + " REMOVE PARTITIONING";
        } else {
            TableInfo single = a.toBuilder().constraints(a.constraints().stream()
                    .filter(k -> !(k instanceof ForeignKey)).toList()).triggers(List.of()).build();
            String create = DdlScript.render(ctx.to.toBuilder().tables(List.of(single)).views(List.of())
                    .sequences(List.of()).routines(List.of()).build()).get(0);
            sql = "ALTER TABLE " + w.name + create.substring(create.indexOf("\nPARTITION BY "));
        }
        ctx.step(sql, c).needs(Keys.shape(a.ref())).needs(Keys.relation(a.ref()))
                .hazard(HazardKind.TABLE_REBUILD, "ALGORITHM=COPY: repartitioning copies " + a.ref().displayName())
                .blocks("LOCK=SHARED", "writes to " + a.ref().displayName() + " wait while it is copied");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    // ------------------------------------------------------------------ columns

    private void column(SchemaChange c) {
        TableRef table = MysqlPlanner.Context.parent(c.name());
        TableWork w = work(table);
        if (MysqlPlanner.Context.isRemoved(c)) {
            ColumnInfo b = (ColumnInfo) c.before();
            w.drops.clause("DROP COLUMN " + Quoting.id(b.name()), c).touches(b.name())
                    .hazard(HazardKind.DESTRUCTIVE, "drops column " + table.displayName() + "." + b.name())
                    .hazard(HazardKind.DATA_LOSS, "the values of " + b.name() + " are lost");
            return;
        }
        ColumnInfo a = (ColumnInfo) c.after();
        String definition = ctx.ddl.column(a) + columnCheck(table, a.name());
        if (MysqlPlanner.Context.isAdded(c)) {
            w.main.addColumn(a.ordinal(), "ADD COLUMN " + definition + position(table, a), c);
            if (a.generated() != null && a.generated().stored()) {
                w.main.copies("a stored generated column is computed for every row");
            }
            return;
        }
        ColumnInfo b = (ColumnInfo) c.before();
        w.main.touches(b.name());
        if (c instanceof Renamed<?>) {
            w.main.clause("CHANGE COLUMN " + Quoting.id(b.name()) + " " + definition, c);
        } else {
            w.main.clause("MODIFY COLUMN " + definition, c);
        }
        if (MysqlPlanner.Context.changed(c, "type")) {
            if (!TypeChanges.widens(b.type(), a.type())) {
                w.main.hazard(HazardKind.DATA_LOSS, "values of " + b.name() + " that do not fit "
                        + a.type().declared() + " fail or are cut");
            }
            w.main.copies("changing the type of " + b.name() + " copies " + table.displayName());
        } else if (MysqlPlanner.Context.changed(c, "generated") || MysqlPlanner.Context.changed(c, "collation")
                || MysqlPlanner.Context.changed(c, "options")) {
            w.main.copies("changing " + b.name() + " copies " + table.displayName());
        }
        if (b.nullable() && !a.nullable()) {
            w.main.hazard(HazardKind.VALIDATES_EXISTING_ROWS, "NOT NULL fails when " + b.name() + " holds NULLs");
            w.main.hazard(HazardKind.TABLE_REBUILD, "ALGORITHM=INPLACE rebuilds " + table.displayName());
        }
    }

    /**
     * A CHECK named like the column (MariaDB's column-level constraint, e.g. {@code json_valid} of a JSON column),
     * written inside the column's definition: MODIFY would drop it otherwise, and ADD creates it so.
     */
    private String columnCheck(TableRef table, String column) {
        TableInfo t = ctx.toTable(table);
        if (t == null) {
            return "";
        }
        for (ConstraintInfo k : t.constraints()) {
            if (k instanceof CheckConstraint check && column.equals(check.name())) {
                inlineChecks.add(table + "." + column);
                return " CHECK (" + check.expression() + ")";
            }
        }
        return "";
    }

    /** AFTER the column preceding it in the target, or FIRST. */
    private String position(TableRef table, ColumnInfo column) {
        TableInfo t = ctx.toTable(table);
        if (t == null) {
            return "";
        }
        String previous = null;
        for (ColumnInfo c : t.columns()) {
            if (c.name().equals(column.name())) {
                return previous == null ? " FIRST" : " AFTER " + Quoting.id(previous);
            }
            previous = c.name();
        }
        return "";
    }

    // ------------------------------------------------------------------ keys, checks, indexes

    private void constraint(SchemaChange c) {
        TableRef table = MysqlPlanner.Context.parent(c.name());
        TableWork w = work(table);
        ConstraintInfo b = (ConstraintInfo) c.before();
        ConstraintInfo a = (ConstraintInfo) c.after();
        if (b == null && a instanceof CheckConstraint && inlineChecks.contains(table + "." + a.name())) {
            w.main.clause(null, c); // written inside the column's definition
            return;
        }
        if (b != null) {
            String drop = dropClause(b);
            if (a == null && !(b instanceof CheckConstraint) && targetHasIndex(table, b instanceof PrimaryKey
                    ? "PRIMARY" : b.name())) {
                w.main.clause(drop, c); // replaced by the key or index added under its name
                return;
            }
            if (a == null) {
                w.drops.clause(drop, c).hazard(HazardKind.DESTRUCTIVE, "drops " + c.type().label() + " "
                        + c.name().displayName());
                return;
            }
            if (b instanceof UniqueConstraint && c instanceof Renamed<?> && c.attributes().isEmpty()) {
                w.main.clause("RENAME INDEX " + Quoting.id(b.name()) + " TO " + Quoting.id(a.name()), c);
                return;
            }
            w.main.clause(drop, c);
        }
        w.main.clause(addClause(table, a), c);
        if (a instanceof PrimaryKey) {
            w.main.hazard(HazardKind.TABLE_REBUILD, "ALGORITHM=INPLACE rebuilds " + table.displayName()
                    + " on its new primary key");
        } else if (a instanceof UniqueConstraint) {
            w.main.hazard(HazardKind.LONG_INDEX_BUILD, "builds a unique index on " + table.displayName());
        }
        if (!(a instanceof UniqueConstraint && b == null)) {
            w.main.hazard(HazardKind.VALIDATES_EXISTING_ROWS, "checks every existing row of " + table.displayName());
        } else {
            w.main.hazard(HazardKind.VALIDATES_EXISTING_ROWS, "fails when existing rows hold duplicates");
        }
    }

    private static String dropClause(ConstraintInfo b) {
        if (b instanceof PrimaryKey) {
            return "DROP PRIMARY KEY";
        }
        if (b instanceof UniqueConstraint) {
            return "DROP INDEX " + Quoting.id(b.name());
        }
        return "DROP CONSTRAINT " + Quoting.id(b.name());
    }

    private String addClause(TableRef table, ConstraintInfo a) {
        TableInfo t = ctx.toTable(table);
        IndexInfo backing = t == null ? null : t.indexes().stream()
                .filter(i -> a instanceof PrimaryKey ? i.name().equals("PRIMARY") : i.name().equals(a.name()))
                .findFirst().orElse(null);
        if (backing != null && !(a instanceof CheckConstraint)) {
            return "ADD " + ctx.ddl.index(backing);
        }
        String columns = String.join(", ", a.columns().stream().map(Quoting::id).toList());
        if (a instanceof PrimaryKey) {
            return "ADD PRIMARY KEY (" + columns + ")";
        }
        if (a instanceof UniqueConstraint) {
            return "ADD CONSTRAINT " + Quoting.id(a.name()) + " UNIQUE (" + columns + ")";
        }
        CheckConstraint k = (CheckConstraint) a;
        return "ADD CONSTRAINT " + Quoting.id(k.name()) + " CHECK (" + k.expression() + ")";
    }

    private void index(SchemaChange c) {
        TableRef table = MysqlPlanner.Context.parent(c.name());
        TableWork w = work(table);
        IndexInfo b = (IndexInfo) c.before();
        IndexInfo a = (IndexInfo) c.after();
        if (a == null) {
            if (targetHasIndex(table, b.name())) {
                w.main.clause("DROP INDEX " + Quoting.id(b.name()), c); // replaced by the index added under its name
                return;
            }
            // InnoDB drops an index it created for a foreign key by itself once another index serves the key
            w.drops.clause("DROP INDEX " + (ctx.mariaDb ? "IF EXISTS " : "") + Quoting.id(b.name()), c)
                    .hazard(HazardKind.DESTRUCTIVE, "drops index " + c.name().displayName());
            return;
        }
        if (b != null && c instanceof Renamed<?> && c.attributes().isEmpty()) {
            w.main.clause("RENAME INDEX " + Quoting.id(b.name()) + " TO " + Quoting.id(a.name()), c);
            return;
        }
        if (b != null && MysqlPlanner.Context.only(c, "comment", "options") && onlyVisibility(b, a)) {
            w.main.clause("ALTER INDEX " + Quoting.id(a.name()) + ("true".equals(a.options().get(
                    OptionKeys.INVISIBLE)) ? " IGNORED" : " NOT IGNORED"), c);
            return;
        }
        if (b != null) {
            w.main.clause("DROP INDEX " + Quoting.id(b.name()), c);
        }
        w.main.clause("ADD " + ctx.ddl.index(a), c)
                .hazard(HazardKind.LONG_INDEX_BUILD, "builds index " + a.name() + " on " + table.displayName());
        if (a.unique()) {
            w.main.hazard(HazardKind.VALIDATES_EXISTING_ROWS, "fails when existing rows hold duplicates");
        }
    }

    private boolean targetHasIndex(TableRef table, String name) {
        TableInfo t = ctx.toTable(table);
        return t != null && t.indexes().stream().anyMatch(i -> i.name().equals(name));
    }

    private static boolean onlyVisibility(IndexInfo b, IndexInfo a) {
        Map<String, String> bo = new LinkedHashMap<>(b.options());
        Map<String, String> ao = new LinkedHashMap<>(a.options());
        bo.remove(OptionKeys.INVISIBLE);
        ao.remove(OptionKeys.INVISIBLE);
        return bo.equals(ao) && Objects.equals(b.comment(), a.comment());
    }

    // ------------------------------------------------------------------ foreign keys

    private void foreignKey(SchemaChange c) {
        TableRef table = MysqlPlanner.Context.parent(c.name());
        TableWork w = work(table);
        ForeignKey b = (ForeignKey) c.before();
        ForeignKey a = (ForeignKey) c.after();
        if (b != null) {
            if (b.name() == null) {
                ctx.unsupported(c, "an unnamed foreign key cannot be dropped by name");
                return;
            }
            TableAlter target = a == null ? w.removedForeignKeys : w.foreignKeysToReAdd;
            target.clause("DROP FOREIGN KEY " + Quoting.id(b.name()), c);
            dropBackingIndex(target, table, b, a, c);
            if (a == null) {
                target.hazard(HazardKind.DESTRUCTIVE, "drops foreign key " + c.name().displayName());
            }
        }
        if (a != null) {
            w.addedForeignKeys.clause("ADD " + ctx.ddl.foreignKey(a), c);
            pinIndexOf(w.addedForeignKeys, table, a, c);
        }
        handledForeignKeys.add(Keys.foreignKey(table, b != null ? b.name() : a.name()));
    }

    /**
     * InnoDB keeps the index it created for a foreign key when the key is dropped: drop it too unless the target
     * keeps an index of that name on the same columns.
     */
    private void dropBackingIndex(TableAlter alter, TableRef table, ForeignKey b, ForeignKey a, SchemaChange c) {
        TableInfo before = ctx.fromTable(table);
        TableInfo after = ctx.toTable(table);
        if (before == null) {
            return;
        }
        IndexInfo index = before.indexes().stream().filter(i -> backs(i, b)).findFirst().orElse(null);
        if (index == null) {
            return;
        }
        IndexInfo kept = after == null ? null : after.indexes().stream().filter(i -> i.name().equals(index.name()))
                .findFirst().orElse(null);
        if (kept == null || !kept.elements().equals(index.elements()) || (a != null && !a.columns()
                .equals(b.columns()))) {
            alter.clause("DROP INDEX " + Quoting.id(index.name()), c);
        }
    }

    /**
     * Adding a named foreign key makes MariaDB rename the index it once generated for a key on those columns (named
     * after the first column) to the key's name. When both sides keep that index under its name, the same ALTER
     * names it ({@code RENAME INDEX x TO x}), which keeps it as it is.
     */
    private void pinIndexOf(TableAlter alter, TableRef table, ForeignKey fk, SchemaChange c) {
        TableInfo before = ctx.fromTable(table);
        TableInfo after = ctx.toTable(table);
        if (before == null || after == null || fk.name() == null || fk.columns().isEmpty()) {
            return;
        }
        String column = fk.columns().get(0);
        boolean generatedBefore = before.indexes().stream().anyMatch(i -> i.name().equals(column) && onColumns(i, fk));
        boolean keptAfter = after.indexes().stream().anyMatch(i -> i.name().equals(column) && onColumns(i, fk));
        if (generatedBefore && keptAfter && !column.equals(fk.name())) {
            alter.clause("RENAME INDEX " + Quoting.id(column) + " TO " + Quoting.id(column), c);
        }
    }

    private static boolean onColumns(IndexInfo index, ForeignKey fk) {
        return !index.unique() && index.elements().stream().map(IndexElement::column).toList().equals(fk.columns());
    }

    /**
     * Whether InnoDB created this index for the key: it names it after the key when the key was declared with a
     * name, else after the key's first column (on exactly the key's columns).
     */
    private static boolean backs(IndexInfo index, ForeignKey fk) {
        if (index.name().equals(fk.name())) {
            return true;
        }
        return !fk.columns().isEmpty() && index.name().equals(fk.columns().get(0)) && !index.unique()
                && index.elements().stream().map(IndexElement::column).toList().equals(fk.columns());
    }

    // ------------------------------------------------------------------ steps

    /**
     * Foreign keys on columns the table's ALTER changes are dropped before it and added again after it (MySQL
     * refuses to change a column a foreign key uses); then every table's statements become steps.
     */
    void finish() {
        for (TableWork w : List.copyOf(work.values())) {
            Set<String> touched = new LinkedHashSet<>(w.main.touchedColumns());
            if (touched.isEmpty()) {
                continue;
            }
            for (TableInfo t : ctx.from.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    TableRef child = renamedTo(t.ref());
                    boolean uses = child.equals(w.ref) && fk.columns().stream().anyMatch(touched::contains)
                            || renamedTo(fk.referencedTable()).equals(w.ref)
                            && fk.referencedColumns().stream().anyMatch(touched::contains);
                    if (!uses || fk.name() == null || handledForeignKeys.contains(Keys.foreignKey(child, fk.name()))
                            || dropped.contains(t.ref())) {
                        continue;
                    }
                    TableInfo target = ctx.toTable(child);
                    boolean kept = target != null && target.foreignKeys().stream()
                            .anyMatch(k -> fk.name().equals(k.name()));
                    if (!kept) {
                        continue;
                    }
                    // unchanged (else the comparison lists it), and in the from side's names: added back as it was
                    TableWork owner = work(child);
                    owner.foreignKeysToReAdd.clause("DROP FOREIGN KEY " + Quoting.id(fk.name()), null);
                    owner.addedForeignKeys.clause("ADD " + ctx.ddl.foreignKey(fk.toBuilder().table(child)
                            .referencedTable(renamedTo(fk.referencedTable())).build()), null);
                    pinIndexOf(owner.addedForeignKeys, child, fk, null);
                    handledForeignKeys.add(Keys.foreignKey(child, fk.name()));
                }
            }
        }
        Map<TableRef, PlannedStep[]> built = new LinkedHashMap<>();
        for (TableWork w : work.values()) {
            PlannedStep removed = w.removedForeignKeys.isEmpty() ? null : w.removedForeignKeys.step();
            PlannedStep reAdd = w.foreignKeysToReAdd.isEmpty() ? null : w.foreignKeysToReAdd.step();
            PlannedStep main = w.main.isEmpty() ? null : w.main.step();
            PlannedStep drops = w.drops.isEmpty() ? null : w.drops.step();
            PlannedStep adds = w.addedForeignKeys.isEmpty() ? null : w.addedForeignKeys.step();
            for (PlannedStep fkDrop : new PlannedStep[] {removed, reAdd}) {
                if (fkDrop != null) {
                    fkDrop.needs(Keys.relation(w.ref));
                    ctx.add(fkDrop);
                }
            }
            if (removed != null) {
                foreignKeysOf(w, true).forEach(fk -> removed.drops(Keys.foreignKey(w.ref, fk.name()))
                        .releases(Keys.relation(fk.referencedTable())));
            }
            if (reAdd != null) {
                reAdd.drops(Keys.foreignKey(w.ref, "*"));
            }
            if (main != null) {
                main.needs(Keys.relation(w.ref)).creates(Keys.shape(w.ref));
                ctx.add(main);
            }
            if (drops != null) {
                drops.needs(Keys.relation(w.ref));
                if (removed != null) {
                    drops.after(removed);
                }
                if (reAdd != null) {
                    drops.after(reAdd);
                }
                ctx.add(drops);
            }
            if (adds != null) {
                adds.needs(Keys.relation(w.ref)).needs(Keys.shape(w.ref)).creates(Keys.foreignKey(w.ref, "*"))
                        .hazard(HazardKind.VALIDATES_EXISTING_ROWS, "checks every existing row of " + w.ref
                                .displayName() + " against the referenced table")
                        .blocks("LOCK=SHARED", "ALGORITHM=COPY: with foreign_key_checks on, adding a foreign key"
                                + " copies " + w.ref.displayName());
                TableInfo target = ctx.toTable(w.ref);
                if (target != null) {
                    for (ForeignKey fk : target.foreignKeys()) {
                        TableRef referenced = ctx.inFrom(fk.referencedTable());
                        adds.needs(Keys.relation(referenced)).needs(Keys.shape(referenced));
                    }
                }
                ctx.add(adds);
            }
            built.put(w.ref, new PlannedStep[] {removed, reAdd, main});
        }
        // a table's ALTER waits for every foreign key dropped around its columns, on whichever table it is
        for (TableWork w : work.values()) {
            PlannedStep main = built.get(w.ref)[2];
            if (main == null || w.main.touchedColumns().isEmpty()) {
                continue;
            }
            for (TableWork other : work.values()) {
                PlannedStep[] s = built.get(other.ref);
                if (s[1] != null && referencesOrIs(other.ref, w.ref)) {
                    main.after(s[1]);
                }
                if (s[0] != null && removedKeyUses(other, w)) {
                    main.after(s[0]);
                }
            }
        }
    }

    private List<ForeignKey> foreignKeysOf(TableWork w, boolean removed) {
        TableInfo before = ctx.fromTable(w.ref);
        if (before == null) {
            return List.of();
        }
        TableInfo after = ctx.toTable(w.ref);
        return before.foreignKeys().stream().filter(fk -> fk.name() != null && (after == null || after
                .foreignKeys().stream().noneMatch(k -> fk.name().equals(k.name())) == removed)).toList();
    }

    private boolean referencesOrIs(TableRef owner, TableRef table) {
        if (owner.equals(table)) {
            return true;
        }
        TableInfo before = ctx.fromTable(owner);
        return before != null && before.foreignKeys().stream()
                .anyMatch(fk -> renamedTo(fk.referencedTable()).equals(table));
    }

    /** Whether a foreign key removed from {@code owner} uses a column {@code w}'s ALTER changes. */
    private boolean removedKeyUses(TableWork owner, TableWork w) {
        Set<String> touched = w.main.touchedColumns();
        for (ForeignKey fk : foreignKeysOf(owner, true)) {
            if (owner.ref.equals(w.ref) && fk.columns().stream().anyMatch(touched::contains)
                    || renamedTo(fk.referencedTable()).equals(w.ref)
                    && fk.referencedColumns().stream().anyMatch(touched::contains)) {
                return true;
            }
        }
        return false;
    }

    private TableRef renamedTo(TableRef fromRef) {
        for (Map.Entry<TableRef, TableRef> e : ctx.renamedTables.entrySet()) {
            if (e.getValue().equals(fromRef)) {
                return e.getKey();
            }
        }
        return fromRef;
    }
}
