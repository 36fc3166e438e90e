package org.schemadiscovery.dialect.mysql.catalog;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.dialect.mysql.render.OptionKeys;
import org.schemadiscovery.dialect.mysql.render.Quoting;

/**
 * Reads tables, views and sequences of a scope with a fixed list of statements: tables.sql and columns.sql always;
 * partitions.sql when a table is partitioned, triggers.sql when triggers are wanted, views.sql when there are views.
 */
final class RelationReader {
    private static final Pattern QUOTED_OBJECT = Pattern.compile("'([^']+)'");

    private final StatementRunner runner;
    private final ColumnMapper columns;

    RelationReader(StatementRunner runner, ServerVersion server) {
        this.runner = runner;
        this.columns = new ColumnMapper(server);
    }

    Relations read(SchemaScope scope, boolean withTriggers) throws SQLException {
        String param = scope.parameter();
        String only = scope.tablesParameter();
        Map<TableRef, Row> objects = new TreeMap<>();
        for (Row r : runner.query("tables", param, only, only).rows()) {
            objects.put(ref(r.text("table_schema"), r.text("table_name")), r);
        }
        StatementRunner.Result columnResult = runner.query("columns", param, only, only);
        Map<TableRef, List<Row>> columnRows = new LinkedHashMap<>();
        for (Row r : columnResult.rows()) {
            columnRows.computeIfAbsent(ref(r.text("table_schema"), r.text("table_name")), k -> new ArrayList<>())
                    .add(r);
        }
        boolean partitioned = objects.values().stream().anyMatch(RelationReader::isPartitioned);
        Map<TableRef, List<Row>> partitionRows = partitioned ? grouped(runner.query("partitions", param, only, only).rows())
                : Map.of();
        Map<TableRef, List<TriggerInfo>> triggers = withTriggers ? triggers(runner.query("triggers", param, only, only).rows())
                : Map.of();
        boolean anyView = objects.values().stream().anyMatch(r -> "VIEW".equals(r.text("table_type")));
        Map<TableRef, Row> viewRows = new LinkedHashMap<>();
        if (anyView) {
            for (Row r : runner.query("views", param, only, only).rows()) {
                viewRows.put(ref(r.text("table_schema"), r.text("table_name")), r);
            }
        }

        List<TableInfo> tables = new ArrayList<>();
        List<ViewInfo> views = new ArrayList<>();
        Map<TableRef, String> sequences = new LinkedHashMap<>();
        List<DiscoveryWarning> tableWarnings = new ArrayList<>();
        List<DiscoveryWarning> viewWarnings = new ArrayList<>();
        Map<TableRef, Set<String>> columnNames = new LinkedHashMap<>();
        Set<String> warned = new LinkedHashSet<>();
        for (SQLWarning w : columnResult.warnings()) {
            String object = objectOf(w.getMessage());
            TableRef about = object == null ? null : objects.keySet().stream()
                    .filter(t -> t.displayName().equals(object)).findFirst().orElse(null);
            boolean view = about != null && "VIEW".equals(objects.get(about).text("table_type"));
            DiscoveryWarning warning = new DiscoveryWarning(object == null ? "columns" : object,
                    view ? "views" : "tables", classOf(w), "information_schema could not read the columns of "
                    + (object == null ? "an object" : object) + ", which are missing: " + oneLine(w.getMessage()));
            (view ? viewWarnings : tableWarnings).add(warning);
            if (about != null) {
                warned.add(about.displayName());
            }
        }
        for (Map.Entry<TableRef, Row> e : objects.entrySet()) {
            TableRef ref = e.getKey();
            Row r = e.getValue();
            List<Row> cols = columnRows.getOrDefault(ref, List.of());
            Set<String> names = new LinkedHashSet<>();
            cols.forEach(c -> names.add(c.text("column_name")));
            String type = r.text("table_type");
            if ("SEQUENCE".equals(type)) {
                sequences.put(ref, sequenceType(cols));
                continue;
            }
            columnNames.put(ref, names);
            if ("VIEW".equals(type)) {
                if (cols.isEmpty() && !warned.contains(ref.displayName())) {
                    viewWarnings.add(new DiscoveryWarning(ref.displayName(), "views", ErrorClass.OTHER,
                            "information_schema shows no columns for view " + ref.displayName()
                                    + " (it may reference objects that no longer exist, or the account lacks rights)"));
                }
                views.add(view(ref, viewRows.get(ref), cols, viewWarnings));
                continue;
            }
            if (cols.isEmpty()) {
                if (!warned.contains(ref.displayName())) {
                    String why = r.nonEmpty("table_comment");
                    tableWarnings.add(new DiscoveryWarning(ref.displayName(), "tables", ErrorClass.OTHER,
                            "table " + ref.displayName() + " is left out: information_schema shows no columns for it"
                                    + (why == null ? "" : " (" + oneLine(why) + ")")));
                }
                continue;
            }
            if (r.text("engine") == null && r.nonEmpty("table_comment") != null) {
                tableWarnings.add(new DiscoveryWarning(ref.displayName(), "tables", ErrorClass.OTHER,
                        "the storage engine of " + ref.displayName() + " could not open it: "
                                + oneLine(r.text("table_comment"))));
            }
            tables.add(table(ref, r, cols, partitionRows.get(ref), triggers.getOrDefault(ref, List.of())));
        }
        return new Relations(tables, views, sequences, tableWarnings, viewWarnings, columnNames);
    }

    private TableInfo table(TableRef ref, Row r, List<Row> cols, List<Row> partitions, List<TriggerInfo> triggers) {
        String collation = r.text("table_collation");
        String charset = charsetOf(collation);
        List<ColumnInfo> columnInfos = cols.stream().map(c -> columns.column(c, charset, collation)).toList();
        Map<String, String> options = new LinkedHashMap<>();
        putIfPresent(options, OptionKeys.ENGINE, r.text("engine"));
        putIfPresent(options, OptionKeys.CHARSET, charset);
        putIfPresent(options, OptionKeys.COLLATION, collation);
        putIfPresent(options, OptionKeys.AUTO_INCREMENT, r.text("auto_increment"));
        putIfPresent(options, OptionKeys.CREATE_OPTIONS, createOptions(r.text("create_options")));
        if ("SYSTEM VERSIONED".equals(r.text("table_type"))) {
            options.put(OptionKeys.SYSTEM_VERSIONING, "true");
        }
        PartitionInfo partition = null;
        TableKind kind = TableKind.TABLE;
        if (partitions != null && !partitions.isEmpty()) {
            kind = TableKind.PARTITIONED;
            partition = Partitions.info(partitions);
            options.putAll(Partitions.options(partitions));
        }
        List<TriggerInfo> sortedTriggers = new ArrayList<>(triggers);
        sortedTriggers.sort(Comparator.comparing(TriggerInfo::name));
        return TableInfo.builder(ref, kind).columns(columnInfos).triggers(sortedTriggers).partition(partition)
                .comment(r.nonEmpty("table_comment")).options(options).rowEstimate(r.number("table_rows")).build();
    }

    private ViewInfo view(TableRef ref, Row v, List<Row> cols, List<DiscoveryWarning> warnings) {
        List<ColumnInfo> columnInfos = cols.stream().map(c -> columns.column(c, null, null)).toList();
        String definition = v == null ? null : v.nonEmpty("view_definition");
        if (definition == null) {
            warnings.add(new DiscoveryWarning(ref.displayName(), "views", ErrorClass.PERMISSION,
                    "information_schema hides the definition of view " + ref.displayName()
                            + " (the account lacks SHOW VIEW on it)"));
        }
        return ViewInfo.builder(ref).definition(SqlText.withoutQualifier(definition, ref.schema()))
                .columns(columnInfos).owner(v == null ? null : v.text("definer")).build();
    }

    private static Map<TableRef, List<TriggerInfo>> triggers(List<Row> rows) {
        Map<TableRef, List<TriggerInfo>> byTable = new LinkedHashMap<>();
        Map<String, Row> byName = new LinkedHashMap<>();
        rows.forEach(r -> byName.put(r.text("trigger_schema") + "\u0000" + r.text("trigger_name"), r));
        for (Row r : rows) {
            TableRef table = ref(r.text("table_schema"), r.text("table_name"));
            String timing = r.text("timing");
            List<String> events = List.of(r.text("event").split("\\s*,\\s*"));
            String follows = predecessor(rows, r);
            String definition = "CREATE TRIGGER " + Quoting.id(r.text("trigger_name")) + " " + timing + " "
                    + String.join(" OR ", events) + " ON " + Quoting.id(table.name()) + " FOR EACH "
                    + r.text("orientation") + (follows == null ? "" : " FOLLOWS " + Quoting.id(follows)) + " "
                    + r.text("body");
            byTable.computeIfAbsent(table, k -> new ArrayList<>()).add(TriggerInfo.builder(r.text("trigger_name"),
                    table).timing(timing).events(events).forEachRow("ROW".equalsIgnoreCase(r.text("orientation")))
                    .definition(definition).build());
        }
        return byTable;
    }

    /** The trigger that fires just before this one for the same table, timing and event, if any. */
    private static String predecessor(List<Row> rows, Row r) {
        int order = r.integer("action_order", 1);
        if (order <= 1) {
            return null;
        }
        return rows.stream().filter(o -> o.text("table_schema").equals(r.text("table_schema"))
                        && o.text("table_name").equals(r.text("table_name"))
                        && o.text("timing").equals(r.text("timing")) && o.text("event").equals(r.text("event"))
                        && o.integer("action_order", 1) == order - 1)
                .map(o -> o.text("trigger_name")).findFirst().orElse(null);
    }

    private static Map<TableRef, List<Row>> grouped(List<Row> rows) {
        Map<TableRef, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.computeIfAbsent(ref(r.text("table_schema"), r.text("table_name")), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static boolean isPartitioned(Row r) {
        String options = r.text("create_options");
        return options != null && options.toLowerCase(Locale.ROOT).contains("partitioned");
    }

    /** CREATE_OPTIONS without the "partitioned" marker (partitioning has options of its own), or null. */
    private static String createOptions(String options) {
        if (options == null) {
            return null;
        }
        String rest = String.join(" ", List.of(options.strip().split("\\s+")).stream()
                .filter(o -> !o.isEmpty() && !o.equalsIgnoreCase("partitioned")).toList());
        return rest.isEmpty() ? null : rest;
    }

    /** The value type of a MariaDB sequence: that of its start_value column. */
    private static String sequenceType(List<Row> cols) {
        return cols.stream().filter(c -> "start_value".equals(c.text("column_name"))).findFirst()
                .map(c -> c.text("data_type") + (c.text("column_type").contains("unsigned") ? " unsigned" : ""))
                .orElse("bigint");
    }

    /** The character set of a collation: its name up to the first underscore (no character set has one). */
    static String charsetOf(String collation) {
        if (collation == null) {
            return null;
        }
        int us = collation.indexOf('_');
        return us < 0 ? collation : collation.substring(0, us);
    }

    private static void putIfPresent(Map<String, String> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }

    private static TableRef ref(String schema, String name) {
        return new TableRef(null, schema, name);
    }

    /** The object a server warning names, e.g. {@code db.v} from "View 'db.v' references invalid ...". */
    private static String objectOf(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = QUOTED_OBJECT.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static ErrorClass classOf(SQLWarning w) {
        ErrorClass c = MysqlErrors.classify(w);
        return c == ErrorClass.SYNTAX ? ErrorClass.OTHER : c;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
