package org.schemadiscovery.dialect.sqlite.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.GeneratedColumn;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.dialect.sqlite.parse.ColumnDefinition;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.parse.TableDefinition;
import org.schemadiscovery.dialect.sqlite.parse.TriggerDefinition;
import org.schemadiscovery.dialect.sqlite.parse.ViewDefinition;
import org.schemadiscovery.dialect.sqlite.parse.VirtualTableDefinition;
import org.schemadiscovery.dialect.sqlite.render.OptionKeys;

/** Builds tables, views and triggers from a snapshot's pragma rows and parsed definitions. */
public final class TableAssembler {
    private TableAssembler() {
    }

    /** Tables with columns (and triggers when asked), ordered by reference. */
    public static Discovered<TableInfo> tables(Snapshot snapshot, boolean withTriggers) throws SQLException {
        Definitions defs = snapshot.definitions();
        Snapshot.Columns columns = snapshot.columns();
        Map<TableRef, List<TriggerInfo>> triggers = withTriggers ? triggers(defs) : Map.of();
        List<DiscoveryWarning> warnings = new ArrayList<>(columns.tableWarnings());
        List<TableInfo> tables = new ArrayList<>();
        // Thousands of columns share a handful of declared types: analyse each once per call.
        Map<String, DataType> types = new HashMap<>();
        for (ObjectRow o : defs.tables()) {
            TableRef ref = Definitions.ref(o);
            if (!snapshot.wants(ref)) {
                // read only as the parent of a wanted table's foreign key
                continue;
            }
            Map<String, String> options = new LinkedHashMap<>();
            TableDefinition definition = null;
            TableKind kind = TableKind.TABLE;
            if (o.isVirtual()) {
                kind = TableKind.VIRTUAL;
                Parsed<VirtualTableDefinition> v = defs.virtualTable(o);
                if (v.ok()) {
                    options.put(OptionKeys.MODULE, v.value().module());
                    if (v.value().arguments() != null) {
                        options.put(OptionKeys.MODULE_ARGUMENTS, v.value().arguments());
                    }
                } else {
                    warnings.add(parseWarning(ref, "tables", v.error(), "its module is unknown"));
                }
            } else {
                Parsed<TableDefinition> t = defs.table(o);
                if (t.ok()) {
                    definition = t.value();
                } else {
                    warnings.add(parseWarning(ref, "tables", t.error(), "collations, generation expressions,"
                            + " WITHOUT ROWID, STRICT and AUTOINCREMENT are unknown"));
                }
                if (definition != null && definition.withoutRowid()) {
                    options.put(OptionKeys.WITHOUT_ROWID, "true");
                }
                if (definition != null && definition.strict()) {
                    options.put(OptionKeys.STRICT, "true");
                }
                if (definition != null && definition.autoincrement()) {
                    options.put(OptionKeys.AUTOINCREMENT, "true");
                }
                if (defs.isShadow(o)) {
                    options.put(OptionKeys.SHADOW, "true");
                }
            }
            List<ColumnInfo> cols = tableColumns(o, definition, columns.of(ref), types);
            tables.add(TableInfo.builder(ref, kind).columns(cols).triggers(triggers.getOrDefault(ref, List.of()))
                    .options(options).build());
        }
        tables.sort(Comparator.comparing(TableInfo::ref));
        return new Discovered<>(tables, warnings);
    }

    /** Views with definition, resolved columns (and INSTEAD OF triggers when asked), ordered by reference. */
    public static Discovered<ViewInfo> views(Snapshot snapshot, boolean withTriggers) throws SQLException {
        Definitions defs = snapshot.definitions();
        Snapshot.Columns columns = snapshot.columns();
        Map<TableRef, List<TriggerInfo>> triggers = withTriggers ? triggers(defs) : Map.of();
        List<DiscoveryWarning> warnings = new ArrayList<>(columns.viewWarnings());
        List<ViewInfo> views = new ArrayList<>();
        for (ObjectRow o : defs.views()) {
            TableRef ref = Definitions.ref(o);
            if (!snapshot.wants(ref)) {
                continue;
            }
            Parsed<ViewDefinition> v = defs.view(o);
            String definition = o.sql();
            if (v.ok()) {
                definition = v.value().query();
            } else {
                warnings.add(parseWarning(ref, "views", v.error(), "the definition is the whole CREATE VIEW"));
            }
            List<ColumnInfo> cols = new ArrayList<>();
            for (ColumnRow r : columns.of(ref)) {
                Map<String, String> options = Map.of(OptionKeys.AFFINITY, SqliteTypes.affinity(r.type()));
                cols.add(ColumnInfo.builder(r.name(), SqliteTypes.dataType(r.type(), false)).ordinal(r.cid() + 1)
                        .nullable(!r.notNull()).defaultValue(r.defaultValue()).hidden(r.hidden() == 1)
                        .options(options).build());
            }
            views.add(ViewInfo.builder(ref).definition(definition).columns(cols)
                    .triggers(triggers.getOrDefault(ref, List.of())).build());
        }
        views.sort(Comparator.comparing(ViewInfo::ref));
        return new Discovered<>(views, warnings);
    }

    /** True when the table's single primary-key column aliases the rowid. */
    static boolean isRowidAlias(ObjectRow table, TableDefinition definition, List<ColumnRow> rows, ColumnRow row) {
        if (table.isVirtual() || definition == null || definition.withoutRowid() || row.pk() != 1) {
            return false;
        }
        if (rows.stream().filter(r -> r.pk() > 0).count() != 1) {
            return false;
        }
        if (!Names.same(row.type().strip(), "INTEGER")) {
            return false;
        }
        // The documented quirk: "INTEGER PRIMARY KEY DESC" as a column constraint does not alias the rowid.
        Optional<ColumnDefinition> c = definition == null ? Optional.empty() : definition.column(row.name());
        return c.map(cd -> !(cd.primaryKey() && cd.primaryKeyDesc())).orElse(true);
    }

    private static List<ColumnInfo> tableColumns(ObjectRow table, TableDefinition definition, List<ColumnRow> rows,
                                                 Map<String, DataType> types) {
        List<ColumnInfo> out = new ArrayList<>();
        boolean strict = definition != null && definition.strict();
        for (ColumnRow r : rows) {
            Optional<ColumnDefinition> def = definition == null ? Optional.empty() : definition.column(r.name());
            boolean alias = isRowidAlias(table, definition, rows, r);
            Map<String, String> options = new LinkedHashMap<>();
            options.put(OptionKeys.AFFINITY, SqliteTypes.affinity(r.type(), strict));
            if (r.pk() > 0) {
                options.put(OptionKeys.PK_POSITION, Integer.toString(r.pk()));
            }
            if (alias) {
                options.put(OptionKeys.ROWID_ALIAS, "true");
            }
            GeneratedColumn generated = null;
            if (r.hidden() == 2 || r.hidden() == 3) {
                String expression = def.map(ColumnDefinition::generatedExpression).orElse(null);
                generated = new GeneratedColumn(expression == null ? "" : expression, r.hidden() == 3);
            }
            ColumnIdentity identity = alias ? new ColumnIdentity(IdentityGeneration.BY_DEFAULT, null) : null;
            DataType type = types.computeIfAbsent((strict ? "S" : "L") + r.type(),
                    k -> SqliteTypes.dataType(r.type(), strict));
            out.add(ColumnInfo.builder(r.name(), type).ordinal(r.cid() + 1).nullable(!(r.notNull() || alias))
                    .defaultValue(r.defaultValue()).identity(identity).generated(generated)
                    .collation(def.map(ColumnDefinition::collation).orElse(null)).hidden(r.hidden() == 1)
                    .options(options).build());
        }
        return out;
    }

    private static Map<TableRef, List<TriggerInfo>> triggers(Definitions defs) {
        Map<TableRef, List<TriggerInfo>> byTarget = new HashMap<>();
        for (ObjectRow o : defs.triggers()) {
            Optional<ObjectRow> target = defs.triggerTarget(o);
            if (target.isEmpty()) {
                continue;
            }
            TableRef table = Definitions.ref(target.get());
            Parsed<TriggerDefinition> t = defs.trigger(o);
            TriggerInfo info = t.ok()
                    ? TriggerInfo.builder(o.name(), table).timing(t.value().timing())
                            .events(List.of(t.value().event())).columns(t.value().columns()).forEachRow(true)
                            .definition(o.sql()).build()
                    : TriggerInfo.builder(o.name(), table).forEachRow(true).definition(o.sql()).build();
            byTarget.computeIfAbsent(table, k -> new ArrayList<>()).add(info);
        }
        byTarget.values().forEach(list -> list.sort(Comparator.comparing(TriggerInfo::name)));
        return byTarget;
    }

    static DiscoveryWarning parseWarning(TableRef ref, String phase, String error, String consequence) {
        return new DiscoveryWarning(ref.displayName(), phase, ErrorClass.OTHER,
                "cannot parse the stored definition of " + ref.displayName() + " (" + error + "): " + consequence);
    }
}
