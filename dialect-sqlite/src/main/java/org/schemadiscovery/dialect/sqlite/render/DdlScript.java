package org.schemadiscovery.dialect.sqlite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.dialect.sqlite.parse.DdlParser;
import org.schemadiscovery.dialect.sqlite.parse.Names;
import org.schemadiscovery.dialect.sqlite.parse.SqlParseException;
import org.schemadiscovery.dialect.sqlite.parse.Token;
import org.schemadiscovery.dialect.sqlite.parse.TokenType;
import org.schemadiscovery.dialect.sqlite.parse.Tokenizer;
import org.schemadiscovery.dialect.sqlite.parse.TriggerDefinition;

/**
 * Writes a model as SQLite DDL: tables in foreign-key order (parents first; SQLite tolerates forward references, so
 * cycles are cut deterministically), then the indexes no constraint creates, then views in dependency order, then
 * triggers. Shadow tables are left to their virtual table's module. Every identifier is double-quoted.
 */
public final class DdlScript {
    private static final String MAIN = "main";
    private static final String TEMP = "temp";

    private DdlScript() {
    }

    /** The statements, without trailing semicolons. */
    public static List<String> render(SchemaInfo schema) {
        List<TableInfo> tables = schema.tables().stream()
                .filter(t -> !"true".equals(t.options().get(OptionKeys.SHADOW))).toList();
        List<TableInfo> ordered = dependencyOrder(tables, TableInfo::ref, DdlScript::tableDependencies);
        List<String> out = new ArrayList<>();
        for (TableInfo t : ordered) {
            if (t.kind() == TableKind.VIRTUAL) {
                virtualTable(t).ifPresent(out::add);
            } else {
                out.add(table(t));
            }
        }
        for (TableInfo t : ordered) {
            t.indexes().stream().filter(i -> !createdByConstraint(i))
                    .sorted(Comparator.comparing(IndexInfo::name))
                    .forEach(i -> out.add(index(t, i)));
        }
        Set<String> viewKeys = new HashSet<>();
        schema.views().forEach(v -> viewKeys.add(Names.key(v.ref().name())));
        List<ViewInfo> views = dependencyOrder(schema.views(), ViewInfo::ref, v -> viewDependencies(v, viewKeys,
                schema.views()));
        for (ViewInfo v : views) {
            out.add(view(v));
        }
        for (TableInfo t : ordered) {
            t.triggers().stream().sorted(Comparator.comparing(TriggerInfo::name))
                    .forEach(tr -> trigger(t.ref(), tr).ifPresent(out::add));
        }
        for (ViewInfo v : views) {
            v.triggers().stream().sorted(Comparator.comparing(TriggerInfo::name))
                    .forEach(tr -> trigger(v.ref(), tr).ifPresent(out::add));
        }
        return out;
    }

    /** {@code CREATE TABLE} (or {@code CREATE VIRTUAL TABLE}, empty when its module is unknown) for one table. */
    public static Optional<String> createTable(TableInfo t) {
        return t.kind() == TableKind.VIRTUAL ? virtualTable(t) : Optional.of(table(t));
    }

    /** One column as {@code ALTER TABLE … ADD COLUMN} writes it: never a key column. */
    public static String columnDefinition(TableInfo t, ColumnInfo c) {
        return column(t, c, Optional.empty(), false);
    }

    /** The indexes of a table no constraint creates, by name. */
    public static List<IndexInfo> ownIndexes(TableInfo t) {
        return t.indexes().stream().filter(i -> !createdByConstraint(i)).sorted(Comparator.comparing(IndexInfo::name))
                .toList();
    }

    /** {@code CREATE [UNIQUE] INDEX} for one index of a table. */
    public static String createIndex(TableInfo t, IndexInfo i) {
        return index(t, i);
    }

    /** {@code CREATE VIEW} for one view. */
    public static String createView(ViewInfo v) {
        return view(v);
    }

    /** {@code CREATE TRIGGER} for one trigger of a table or view, empty when its text is unknown. */
    public static Optional<String> createTrigger(TableRef on, TriggerInfo tr) {
        return trigger(on, tr);
    }

    /** A table, view, index or trigger name as a statement writes it, schema-qualified outside main and temp. */
    public static String qualifiedName(String schema, String name) {
        return qualified(new TableRef(null, schema, name), true);
    }

    /** {@code CREATE TABLE} with columns, keys, checks and foreign keys. */
    static String table(TableInfo t) {
        Optional<PrimaryKey> pk = t.primaryKey();
        boolean withoutRowid = "true".equals(t.options().get(OptionKeys.WITHOUT_ROWID));
        String inlinePkColumn = inlinePrimaryKeyColumn(t, pk, withoutRowid);
        List<String> parts = new ArrayList<>();
        for (ColumnInfo c : t.columns()) {
            if (c.hidden()) {
                continue;
            }
            parts.add(column(t, c, pk, c.name().equals(inlinePkColumn)));
        }
        if (pk.isPresent() && inlinePkColumn == null) {
            parts.add(constraintName(pk.get().name()) + "PRIMARY KEY (" + keyList(t, pk.get().columns(), "pk")
                    + ")");
        }
        for (ConstraintInfo c : t.constraints()) {
            if (c instanceof UniqueConstraint u) {
                parts.add(constraintName(u.name()) + "UNIQUE (" + keyList(t, u.columns(), "u") + ")");
            }
        }
        for (ConstraintInfo c : t.constraints()) {
            if (c instanceof CheckConstraint k) {
                parts.add(constraintName(k.name()) + "CHECK (" + k.expression() + ")");
            }
        }
        for (ConstraintInfo c : t.constraints()) {
            if (c instanceof ForeignKey f) {
                parts.add(foreignKey(f));
            }
        }
        StringBuilder sb = new StringBuilder(createHead("TABLE", t.ref())).append(" (\n  ")
                .append(String.join(",\n  ", parts)).append("\n)");
        List<String> options = new ArrayList<>();
        if (withoutRowid) {
            options.add("WITHOUT ROWID");
        }
        if ("true".equals(t.options().get(OptionKeys.STRICT))) {
            options.add("STRICT");
        }
        if (!options.isEmpty()) {
            sb.append(' ').append(String.join(", ", options));
        }
        return sb.toString();
    }

    /**
     * The column whose PRIMARY KEY must be written inline: a single key column that aliases the rowid (so
     * AUTOINCREMENT stays legal) or that is declared INTEGER (only the inline {@code PRIMARY KEY DESC} form keeps such
     * a column from aliasing the rowid, and then SQLite built a key index for it).
     */
    private static String inlinePrimaryKeyColumn(TableInfo t, Optional<PrimaryKey> pk, boolean withoutRowid) {
        if (pk.isEmpty() || pk.get().columns().size() != 1 || withoutRowid) {
            return null;
        }
        String name = pk.get().columns().get(0);
        Optional<ColumnInfo> column = t.column(name);
        if (column.isEmpty()) {
            return null;
        }
        boolean alias = "true".equals(column.get().options().get(OptionKeys.ROWID_ALIAS));
        boolean integer = Names.same(column.get().type().declared().strip(), "INTEGER");
        return alias || integer || "true".equals(t.options().get(OptionKeys.AUTOINCREMENT)) ? name : null;
    }

    /** True when SQLite built a descending key index for the single-column primary key (so it is no alias). */
    private static boolean descendingKeyIndex(TableInfo t, String column) {
        return t.indexes().stream()
                .filter(i -> "pk".equals(i.options().get(OptionKeys.ORIGIN)))
                .anyMatch(i -> i.elements().size() == 1 && column.equals(i.elements().get(0).column())
                        && i.elements().get(0).order() == SortOrder.DESC);
    }

    private static String column(TableInfo t, ColumnInfo c, Optional<PrimaryKey> pk, boolean inlinePk) {
        StringBuilder sb = new StringBuilder(Names.quote(c.name()));
        if (!c.type().declared().isBlank()) {
            sb.append(' ').append(c.type().declared());
        }
        boolean alias = "true".equals(c.options().get(OptionKeys.ROWID_ALIAS));
        if (inlinePk) {
            sb.append(' ').append(constraintName(pk.get().name())).append("PRIMARY KEY");
            if (!alias && descendingKeyIndex(t, c.name())) {
                sb.append(" DESC");
            }
            if ("true".equals(t.options().get(OptionKeys.AUTOINCREMENT))) {
                sb.append(" AUTOINCREMENT");
            }
        }
        if (!c.nullable() && !alias) {
            sb.append(" NOT NULL");
        }
        if (c.defaultValue() != null && c.generated() == null) {
            sb.append(" DEFAULT ").append(defaultExpression(c.defaultValue()));
        }
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(collation(c.collation()));
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(')')
                    .append(c.generated().stored() ? " STORED" : " VIRTUAL");
        }
        return sb.toString();
    }

    /** Key columns, with the DESC and collations of the index SQLite built for the constraint. */
    private static String keyList(TableInfo t, List<String> columns, String origin) {
        Optional<IndexInfo> backing = t.indexes().stream()
                .filter(i -> origin.equals(i.options().get(OptionKeys.ORIGIN)))
                .filter(i -> columns.equals(i.keyColumns()))
                .findFirst();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            StringBuilder sb = new StringBuilder(Names.quote(columns.get(i)));
            if (backing.isPresent()) {
                IndexElement e = backing.get().elements().get(i);
                if (e.collation() != null) {
                    sb.append(" COLLATE ").append(collation(e.collation()));
                }
                if (e.order() == SortOrder.DESC) {
                    sb.append(" DESC");
                }
            }
            out.add(sb.toString());
        }
        return String.join(", ", out);
    }

    private static String foreignKey(ForeignKey f) {
        StringBuilder sb = new StringBuilder(constraintName(f.name())).append("FOREIGN KEY (")
                .append(quotedList(f.columns())).append(") REFERENCES ").append(Names.quote(f.referencedTable().name()));
        if (!f.referencedColumns().isEmpty()) {
            sb.append(" (").append(quotedList(f.referencedColumns())).append(')');
        }
        if (f.onUpdate() != ReferentialAction.NO_ACTION) {
            sb.append(" ON UPDATE ").append(f.onUpdate().sql());
        }
        if (f.onDelete() != ReferentialAction.NO_ACTION) {
            sb.append(" ON DELETE ").append(f.onDelete().sql());
        }
        if (f.match() != MatchType.SIMPLE) {
            sb.append(" MATCH ").append(f.match().name());
        }
        if (f.deferrable()) {
            sb.append(" DEFERRABLE");
            if (f.initiallyDeferred()) {
                sb.append(" INITIALLY DEFERRED");
            }
        }
        return sb.toString();
    }

    private static Optional<String> virtualTable(TableInfo t) {
        String module = t.options().get(OptionKeys.MODULE);
        if (module == null) {
            return Optional.empty();
        }
        String args = t.options().get(OptionKeys.MODULE_ARGUMENTS);
        return Optional.of("CREATE VIRTUAL TABLE " + qualified(t.ref(), true) + " USING " + module
                + (args == null ? "" : "(" + args + ")"));
    }

    private static String index(TableInfo t, IndexInfo i) {
        List<String> elements = new ArrayList<>();
        for (IndexElement e : i.elements()) {
            StringBuilder sb = new StringBuilder(e.isExpression() ? e.expression() : Names.quote(e.column()));
            if (e.collation() != null) {
                sb.append(" COLLATE ").append(collation(e.collation()));
            }
            if (e.order() == SortOrder.DESC) {
                sb.append(" DESC");
            }
            elements.add(sb.toString());
        }
        // The index lives in its table's schema: qualify the index name for attached schemas, never the table.
        String schema = t.ref().schema();
        String name = schema == null || MAIN.equals(schema) || TEMP.equals(schema) ? Names.quote(i.name())
                : Names.quote(schema) + "." + Names.quote(i.name());
        return "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + name + " ON " + Names.quote(t.ref().name())
                + " (" + String.join(", ", elements) + ")" + (i.predicate() == null ? "" : " WHERE " + i.predicate());
    }

    private static String view(ViewInfo v) {
        StringBuilder sb = new StringBuilder(createHead("VIEW", v.ref()));
        if (!v.columns().isEmpty()) {
            sb.append('(').append(quotedList(v.columns().stream().map(ColumnInfo::name).toList())).append(')');
        }
        return sb.append(" AS ").append(v.definition()).toString();
    }

    /**
     * The trigger's stored text, placed in its table's schema: SQLite stores {@code CREATE TRIGGER} followed by the
     * text from the name on, without TEMP or a schema, so only the head changes and the stored text comes back the
     * same.
     */
    private static Optional<String> trigger(TableRef on, TriggerInfo tr) {
        String sql = tr.definition();
        if (sql == null || sql.isBlank()) {
            return Optional.empty();
        }
        String schema = on.schema();
        if (schema == null || MAIN.equals(schema)) {
            return Optional.of(sql);
        }
        try {
            TriggerDefinition d = DdlParser.trigger(sql);
            String rest = sql.substring(d.nameOffset());
            return Optional.of(TEMP.equals(schema) ? "CREATE TEMP TRIGGER " + rest
                    : "CREATE TRIGGER " + Names.quote(schema) + "." + rest);
        } catch (SqlParseException e) {
            return Optional.of(sql);
        }
    }

    private static String createHead(String kind, TableRef ref) {
        String schema = ref.schema();
        if (TEMP.equals(schema)) {
            return "CREATE TEMP " + kind + " " + Names.quote(ref.name());
        }
        return "CREATE " + kind + " " + qualified(ref, false);
    }

    private static String qualified(TableRef ref, boolean qualifyTemp) {
        String schema = ref.schema();
        if (schema == null || MAIN.equals(schema) || (TEMP.equals(schema) && !qualifyTemp)) {
            return Names.quote(ref.name());
        }
        return Names.quote(schema) + "." + Names.quote(ref.name());
    }

    private static String constraintName(String name) {
        return name == null || name.startsWith("sqlite_autoindex_") ? "" : "CONSTRAINT " + Names.quote(name) + " ";
    }

    private static String quotedList(List<String> names) {
        return String.join(", ", names.stream().map(Names::quote).toList());
    }

    /** Collation names are bare words when they can be, else quoted. */
    private static String collation(String name) {
        List<Token> tokens = Tokenizer.tokenize(name);
        boolean bare = tokens.size() == 1 && tokens.get(0).type() == TokenType.WORD
                && tokens.get(0).text().equals(name);
        return bare ? name : Names.quote(name);
    }

    /**
     * A default as SQLite accepts it: a literal, signed number or single word as is, anything else in parentheses
     * (which SQLite strips again when it reports the default).
     */
    static String defaultExpression(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        boolean literal = tokens.size() == 1 && tokens.get(0).type() != TokenType.OPERATOR
                || tokens.size() == 2 && (tokens.get(0).is("-") || tokens.get(0).is("+"))
                && tokens.get(1).type() == TokenType.NUMBER;
        return literal ? text : "(" + text + ")";
    }

    private static boolean createdByConstraint(IndexInfo i) {
        String origin = i.options().get(OptionKeys.ORIGIN);
        if (origin != null) {
            return !"c".equals(origin);
        }
        return i.constraintBacked() || i.name().startsWith("sqlite_autoindex_");
    }

    private static List<TableRef> tableDependencies(TableInfo t) {
        return t.foreignKeys().stream().map(ForeignKey::referencedTable).toList();
    }

    private static List<TableRef> viewDependencies(ViewInfo v, Set<String> viewKeys, List<ViewInfo> all) {
        Set<String> mentioned = new HashSet<>();
        for (Token token : Tokenizer.tokenize(v.definition() == null ? "" : v.definition())) {
            if ((token.type() == TokenType.WORD || token.type() == TokenType.QUOTED_IDENTIFIER)
                    && viewKeys.contains(Names.key(token.value()))) {
                mentioned.add(Names.key(token.value()));
            }
        }
        return all.stream().filter(o -> mentioned.contains(Names.key(o.ref().name()))).map(ViewInfo::ref).toList();
    }

    /**
     * Kahn's topological sort, smallest reference first among the ready ones; a cycle is cut by taking the smallest
     * remaining item.
     */
    private static <T> List<T> dependencyOrder(List<T> items, Function<T, TableRef> refOf,
                                               Function<T, List<TableRef>> dependsOn) {
        Map<TableRef, T> byRef = new LinkedHashMap<>();
        items.forEach(i -> byRef.put(refOf.apply(i), i));
        Map<TableRef, Set<TableRef>> pending = new HashMap<>();
        Map<TableRef, List<TableRef>> dependents = new HashMap<>();
        for (T item : items) {
            TableRef ref = refOf.apply(item);
            Set<TableRef> deps = new HashSet<>();
            for (TableRef d : dependsOn.apply(item)) {
                if (!d.equals(ref) && byRef.containsKey(d)) {
                    deps.add(d);
                    dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(ref);
                }
            }
            pending.put(ref, deps);
        }
        PriorityQueue<TableRef> ready = new PriorityQueue<>();
        pending.forEach((ref, deps) -> {
            if (deps.isEmpty()) {
                ready.add(ref);
            }
        });
        List<T> out = new ArrayList<>();
        Set<TableRef> done = new HashSet<>();
        while (done.size() < byRef.size()) {
            TableRef next = ready.poll();
            if (next == null) {
                next = pending.keySet().stream().filter(r -> !done.contains(r)).sorted().findFirst().orElseThrow();
            }
            if (!done.add(next)) {
                continue;
            }
            out.add(byRef.get(next));
            for (TableRef child : dependents.getOrDefault(next, List.of())) {
                Set<TableRef> deps = pending.get(child);
                deps.remove(next);
                if (deps.isEmpty() && !done.contains(child)) {
                    ready.add(child);
                }
            }
        }
        return out;
    }
}
