package org.schemadiscovery.dialect.mysql.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.DdlOptions;

/**
 * One rendering of a model to MySQL/MariaDB statements, in an order that applies to an empty database: sequences,
 * tables (with keys, indexes and checks), foreign keys (added last, so tables may reference each other in any
 * order), routines, views (referenced views first) and triggers. Names are written without their database when the
 * model holds one database; otherwise every table name is qualified and {@code USE} switches the database before
 * views, routines and triggers, whose bodies name tables unqualified.
 */
public final class DdlScript {
    private static final Pattern LITERAL = Pattern.compile(
            "(?is)'.*'|-?\\d+(\\.\\d+)?(e[-+]?\\d+)?|null|true|false|[bx]'[0-9a-f]*'|0x[0-9a-f]+|_[a-z0-9]+'.*'");
    private static final Pattern CURRENT_TIME = Pattern.compile(
            "(?i)(current_timestamp|now|localtime|localtimestamp)(\\(\\d*\\))?");
    private static final Pattern FOLLOWS = Pattern.compile(" (?:FOLLOWS|PRECEDES) `((?:[^`]|``)*)`");

    private final SchemaInfo schema;
    private final DdlOptions options;
    private final String home;
    private final boolean mariaDb;
    private final List<String> out = new ArrayList<>();
    private String used;

    /** The statements rendering {@code schema}, in order, without trailing semicolons; no privileges. */
    public static List<String> render(SchemaInfo schema) {
        return new DdlScript(schema).statements();
    }

    /** The statements rendering {@code schema} with what the options ask for (privileges; owners never). */
    public static List<String> render(SchemaInfo schema, DdlOptions options) {
        return new DdlScript(schema, options).statements();
    }

    /** @param schema the model to render, without privileges */
    public DdlScript(SchemaInfo schema) {
        this(schema, DdlOptions.defaults());
    }

    /**
     * @param schema  the model to render
     * @param options whether to write the privileges (owners are not written: see {@code MysqlDdlRenderer})
     */
    public DdlScript(SchemaInfo schema, DdlOptions options) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.options = Objects.requireNonNull(options, "options");
        Set<String> schemas = new LinkedHashSet<>();
        Stream.of(schema.tables().stream().map(TableInfo::ref), schema.views().stream().map(ViewInfo::ref),
                        schema.sequences().stream().map(SequenceInfo::ref),
                        schema.routines().stream().map(RoutineInfo::ref))
                .flatMap(s -> s).map(TableRef::schema).filter(Objects::nonNull).forEach(schemas::add);
        this.home = schemas.size() <= 1 ? schemas.stream().findFirst().orElse(null) : null;
        String identity = (schema.identity().product() + " " + schema.identity().version()).toLowerCase(Locale.ROOT);
        this.mariaDb = identity.contains("mariadb");
    }

    /** The statements, without trailing semicolons. */
    public List<String> statements() {
        out.clear();
        used = null;
        schema.sequences().forEach(this::sequence);
        schema.tables().forEach(this::table);
        schema.tables().forEach(this::foreignKeys);
        schema.routines().forEach(this::routine);
        viewsInDependencyOrder().forEach(this::view);
        schema.tables().forEach(this::triggers);
        if (options.privileges()) {
            out.addAll(new GrantStatements(this::name, home).statements(schema));
        }
        return List.copyOf(out);
    }

    /** A table, view or routine name, qualified when the model spans several databases. */
    public String name(TableRef ref) {
        if (ref.schema() == null || ref.schema().equals(home)) {
            return Quoting.id(ref.name());
        }
        return Quoting.id(ref.schema()) + "." + Quoting.id(ref.name());
    }

    /** Before a statement whose body names tables unqualified: switch to its database when the model has several. */
    private void use(TableRef ref) {
        if (home == null && ref.schema() != null && !ref.schema().equals(used)) {
            out.add("USE " + Quoting.id(ref.schema()));
            used = ref.schema();
        }
    }

    private void sequence(SequenceInfo q) {
        String type = q.dataType() == null || q.dataType().equalsIgnoreCase("bigint") ? "" : " AS " + q.dataType();
        out.add("CREATE SEQUENCE " + name(q.ref()) + type + " START WITH " + q.start() + " MINVALUE " + q.min()
                + " MAXVALUE " + q.max() + " INCREMENT BY " + q.increment() + " CACHE " + q.cache()
                + (q.cycle() ? " CYCLE" : " NOCYCLE"));
    }

    private void table(TableInfo t) {
        List<String> lines = new ArrayList<>();
        t.columns().forEach(c -> lines.add(column(c)));
        Set<String> foreignKeyNames = new LinkedHashSet<>();
        t.foreignKeys().forEach(fk -> foreignKeyNames.add(fk.name()));
        Set<String> indexNames = new LinkedHashSet<>();
        boolean primaryDone = false;
        for (IndexInfo i : t.indexes()) {
            indexNames.add(i.name());
            if (i.constraint() != null && foreignKeyNames.contains(i.constraint())) {
                continue; // InnoDB creates it again, under the same name, when the foreign key is added
            }
            boolean primary = i.name().equals("PRIMARY");
            primaryDone |= primary;
            lines.add(index(i, primary));
        }
        for (ConstraintInfo c : t.constraints()) {
            if (c instanceof PrimaryKey pk && !primaryDone) {
                lines.add("PRIMARY KEY (" + columnList(pk.columns()) + ")");
            } else if (c instanceof UniqueConstraint u && !indexNames.contains(u.name())) {
                lines.add(constraintName(u.name()) + "UNIQUE (" + columnList(u.columns()) + ")");
            } else if (c instanceof CheckConstraint k) {
                lines.add(constraintName(k.name()) + "CHECK (" + k.expression() + ")"
                        + (k.validated() || mariaDb ? "" : " NOT ENFORCED"));
            }
        }
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(name(t.ref())).append(" (\n  ")
                .append(String.join(",\n  ", lines)).append("\n)");
        sb.append(tableOptions(t));
        PartitionInfo p = t.partition();
        String partitions = t.options().get(OptionKeys.PARTITIONS);
        if (p != null && p.strategy() != null) {
            sb.append("\nPARTITION BY ").append(p.strategy()).append(" (")
                    .append(p.key() == null ? "" : p.key()).append(')');
            String sub = t.options().get(OptionKeys.SUBPARTITION_BY);
            if (sub != null) {
                sb.append(" SUBPARTITION BY ").append(sub);
            }
            if (partitions != null && !partitions.isEmpty()) {
                sb.append(" (").append(partitions).append(')');
            }
        }
        out.add(sb.toString());
    }

    private String tableOptions(TableInfo t) {
        Map<String, String> o = t.options();
        StringBuilder sb = new StringBuilder();
        if (o.containsKey(OptionKeys.ENGINE)) {
            sb.append(" ENGINE=").append(o.get(OptionKeys.ENGINE));
        }
        if (o.containsKey(OptionKeys.CHARSET)) {
            sb.append(" DEFAULT CHARSET=").append(o.get(OptionKeys.CHARSET));
        }
        if (o.containsKey(OptionKeys.COLLATION)) {
            sb.append(" COLLATE=").append(o.get(OptionKeys.COLLATION));
        }
        if (o.containsKey(OptionKeys.AUTO_INCREMENT)) {
            sb.append(" AUTO_INCREMENT=").append(o.get(OptionKeys.AUTO_INCREMENT));
        }
        if (o.containsKey(OptionKeys.CREATE_OPTIONS)) {
            sb.append(' ').append(o.get(OptionKeys.CREATE_OPTIONS));
        }
        if (t.comment() != null) {
            sb.append(" COMMENT=").append(Quoting.literal(t.comment()));
        }
        if ("true".equals(o.get(OptionKeys.SYSTEM_VERSIONING))) {
            sb.append(" WITH SYSTEM VERSIONING");
        }
        return sb.toString();
    }

    /** A column's definition as in CREATE TABLE and ALTER TABLE … ADD / MODIFY: name, type and attributes. */
    public String column(ColumnInfo c) {
        StringBuilder sb = new StringBuilder(Quoting.id(c.name())).append(' ').append(c.type().declared());
        String charset = c.options().get(OptionKeys.CHARSET);
        if (charset != null) {
            sb.append(" CHARACTER SET ").append(charset);
        }
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(c.collation());
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(')')
                    .append(c.generated().stored() ? " STORED" : " VIRTUAL");
            if (!c.nullable()) {
                sb.append(" NOT NULL");
            }
        } else {
            sb.append(c.nullable() ? " NULL" : " NOT NULL");
            if (c.defaultValue() != null) {
                sb.append(" DEFAULT ").append(defaultClause(c.defaultValue()));
            }
            String onUpdate = c.options().get(OptionKeys.ON_UPDATE);
            if (onUpdate != null) {
                sb.append(" ON UPDATE ").append(onUpdate);
            }
            if (c.identity() != null) {
                sb.append(" AUTO_INCREMENT");
            }
        }
        if (c.hidden()) {
            sb.append(" INVISIBLE");
        }
        if (c.comment() != null) {
            sb.append(" COMMENT ").append(Quoting.literal(c.comment()));
        }
        return sb.toString();
    }

    /** A literal or a current-time function as is; any other expression in parentheses. */
    static String defaultClause(String value) {
        String v = value.strip();
        if (LITERAL.matcher(v).matches() || CURRENT_TIME.matcher(v).matches()
                || (v.startsWith("(") && v.endsWith(")"))) {
            return v;
        }
        return "(" + v + ")";
    }

    /** An index as in CREATE TABLE and ALTER TABLE … ADD: {@code PRIMARY KEY (…)}, {@code UNIQUE KEY `n` (…)}. */
    public String index(IndexInfo i) {
        return index(i, i.name().equals("PRIMARY"));
    }

    private String index(IndexInfo i, boolean primary) {
        String method = i.method() == null ? "btree" : i.method().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        if (primary) {
            sb.append("PRIMARY KEY");
        } else if (method.equals("fulltext")) {
            sb.append("FULLTEXT KEY ").append(Quoting.id(i.name()));
        } else if (method.equals("spatial")) {
            sb.append("SPATIAL KEY ").append(Quoting.id(i.name()));
        } else {
            sb.append(i.unique() ? "UNIQUE KEY " : "KEY ").append(Quoting.id(i.name()));
        }
        List<String> parts = new ArrayList<>();
        for (int n = 0; n < i.elements().size(); n++) {
            IndexElement e = i.elements().get(n);
            String prefix = i.options().get(OptionKeys.SUB_PART + (n + 1));
            String part = e.isExpression() ? "(" + e.expression() + ")"
                    : Quoting.id(e.column()) + (prefix == null ? "" : "(" + prefix + ")");
            parts.add(part + (e.order() == SortOrder.DESC ? " DESC" : ""));
        }
        sb.append(" (").append(String.join(", ", parts)).append(')');
        if (method.equals("hash")) {
            sb.append(" USING HASH");
        }
        // older snapshots kept the comment among the options
        String comment = i.comment() != null ? i.comment() : i.options().get(OptionKeys.COMMENT);
        if (comment != null) {
            sb.append(" COMMENT ").append(Quoting.literal(comment));
        }
        if ("true".equals(i.options().get(OptionKeys.INVISIBLE))) {
            sb.append(mariaDb ? " IGNORED" : " INVISIBLE");
        }
        return sb.toString();
    }

    private void foreignKeys(TableInfo t) {
        for (ForeignKey fk : t.foreignKeys()) {
            out.add("ALTER TABLE " + name(t.ref()) + " ADD " + foreignKey(fk));
        }
    }

    /** A foreign key as in ALTER TABLE … ADD: {@code CONSTRAINT `n` FOREIGN KEY (…) REFERENCES … (…) ON …}. */
    public String foreignKey(ForeignKey fk) {
        StringBuilder sb = new StringBuilder()
                .append(constraintName(fk.name())).append("FOREIGN KEY (").append(columnList(fk.columns()))
                .append(") REFERENCES ").append(name(fk.referencedTable())).append(" (")
                .append(columnList(fk.referencedColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sb.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        return sb.toString();
    }

    private void routine(RoutineInfo r) {
        if (r.definition() == null) {
            return;
        }
        use(r.ref());
        boolean function = r.kind() == RoutineKind.FUNCTION;
        out.add("CREATE " + (function ? "FUNCTION " : "PROCEDURE ") + name(r.ref()) + "(" + r.arguments() + ")"
                + (function && r.returnType() != null ? " RETURNS " + r.returnType() : "")
                + (r.comment() == null ? "" : " COMMENT " + Quoting.literal(r.comment())) + "\n" + r.definition());
    }

    private void view(ViewInfo v) {
        if (v.definition() == null) {
            return;
        }
        use(v.ref());
        out.add("CREATE VIEW " + name(v.ref()) + " AS " + v.definition());
    }

    /** Views after the views their definitions name; otherwise in model order. */
    private List<ViewInfo> viewsInDependencyOrder() {
        Map<TableRef, ViewInfo> pending = new LinkedHashMap<>();
        schema.views().forEach(v -> pending.put(v.ref(), v));
        List<ViewInfo> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            ViewInfo next = pending.values().stream()
                    .filter(v -> pending.values().stream().noneMatch(o -> o != v && mentions(v, o)))
                    .findFirst().orElse(pending.values().iterator().next());
            ordered.add(next);
            pending.remove(next.ref());
        }
        return ordered;
    }

    private static boolean mentions(ViewInfo v, ViewInfo other) {
        return v.definition() != null && v.definition().contains(Quoting.id(other.ref().name()));
    }

    private void triggers(TableInfo t) {
        List<TriggerInfo> pending = new ArrayList<>(t.triggers());
        Set<String> created = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            TriggerInfo next = pending.stream().filter(g -> {
                String after = follows(g);
                return after == null || created.contains(after) || pending.stream().noneMatch(
                        o -> o.name().equals(after));
            }).findFirst().orElse(pending.get(0));
            pending.remove(next);
            created.add(next.name());
            if (next.definition() != null) {
                use(t.ref());
                out.add(trigger(t, next));
            }
        }
    }

    /** The trigger's own definition, with the table qualified when the model spans several databases. */
    private String trigger(TableInfo t, TriggerInfo g) {
        String definition = g.definition();
        String unqualified = " ON " + Quoting.id(t.ref().name()) + " FOR EACH ";
        if (home == null && definition.contains(unqualified)) {
            return definition.replace(unqualified, " ON " + name(t.ref()) + " FOR EACH ");
        }
        return definition;
    }

    private static String follows(TriggerInfo g) {
        if (g.definition() == null) {
            return null;
        }
        Matcher m = FOLLOWS.matcher(g.definition());
        return m.find() ? m.group(1).replace("``", "`") : null;
    }

    private static String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + Quoting.id(name) + " ";
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(Quoting::id).toList());
    }
}
