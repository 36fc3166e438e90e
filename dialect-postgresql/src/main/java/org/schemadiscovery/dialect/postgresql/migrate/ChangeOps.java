package org.schemadiscovery.dialect.postgresql.migrate;

import org.schemadiscovery.api.support.PlannedStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import org.schemadiscovery.api.diff.AttributeChange;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.diff.Renamed;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.migration.Unsupported;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.TypeKind;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.dialect.postgresql.render.Quoting;

/**
 * Turns each change into statements ({@link PlannedStep}s) with the keys the ordering needs. Knows PostgreSQL's statements and
 * locks; knows nothing about order beyond the keys.
 */
final class ChangeOps {
    private static final String ACCESS_EXCLUSIVE = "ACCESS EXCLUSIVE";
    private static final String SHARE = "SHARE";
    private static final String SHARE_ROW_EXCLUSIVE = "SHARE ROW EXCLUSIVE";

    private final SchemaInfo from;
    private final SchemaInfo to;
    private final PlannerOptions options;
    private final Render render;
    private final Views views;
    final List<PlannedStep> ops = new ArrayList<>();
    /** Steps after which a new transaction must start (an enum value added there may be used by later steps). */
    final Set<PlannedStep> commitAfter = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    final List<Unsupported> unsupported = new ArrayList<>();
    private final Map<TableRef, TableInfo> fromTables = new HashMap<>();
    private final Map<TableRef, TableInfo> toTables = new HashMap<>();

    ChangeOps(SchemaInfo from, SchemaInfo to, PlannerOptions options, Views views) {
        this.from = from;
        this.to = to;
        this.options = options;
        this.render = new Render(to);
        this.views = views;
        from.tables().forEach(t -> fromTables.put(t.ref(), t));
        to.tables().forEach(t -> toTables.put(t.ref(), t));
    }

    void add(SchemaChange change) {
        switch (change.type()) {
            case SCHEMA -> schema(change);
            case EXTENSION -> extension(change);
            case TYPE -> type(change);
            case SEQUENCE -> sequence(change);
            case ROUTINE -> routine(change);
            case TABLE -> table(change);
            case COLUMN -> column(change);
            case PRIMARY_KEY, UNIQUE_CONSTRAINT, CHECK_CONSTRAINT, EXCLUSION_CONSTRAINT, FOREIGN_KEY ->
                    constraint(change);
            case INDEX -> index(change);
            case VIEW, MATERIALIZED_VIEW -> view(change);
            case TRIGGER -> trigger(change);
            case POLICY -> policy(change);
        }
    }

    private PlannedStep op(String sql, SchemaChange change) {
        PlannedStep op = new PlannedStep(sql, change);
        ops.add(op);
        return op;
    }

    private void unsupported(SchemaChange change, String reason) {
        unsupported.add(new Unsupported(change, reason));
    }

    private static String q(TableRef ref) {
        return Quoting.qualified(ref.schema(), ref.name());
    }

    private static String q(String schema, String name) {
        return Quoting.qualified(schema, name);
    }

    private static String id(String name) {
        return Quoting.ident(name);
    }

    private static boolean added(SchemaChange c) {
        return c.before() == null;
    }

    private static boolean removed(SchemaChange c) {
        return c instanceof Removed<?>;
    }

    /** An altered, not renamed object whose changed attributes are all among {@code names}. */
    private static boolean onlyAttributes(SchemaChange c, String... names) {
        if (c.before() == null || c.after() == null || c instanceof Renamed<?> || c.attributes().isEmpty()) {
            return false;
        }
        List<String> allowed = List.of(names);
        return c.attributes().stream().allMatch(a -> allowed.contains(a.name()));
    }

    private void grants(SchemaChange c, String target, List<org.schemadiscovery.api.model.Privilege> before,
                        List<org.schemadiscovery.api.model.Privilege> after, String needs) {
        for (String sql : Annotations.privileges(target, before, after)) {
            op(sql, c).needs(needs);
        }
    }

    // ------------------------------------------------------------------ schemas, extensions

    private void schema(SchemaChange c) {
        // the object is the schema's name or its details (comment, owner); the change's name is the schema's
        String name = c.name().name();
        if (!added(c) && !removed(c)) {
            org.schemadiscovery.api.model.SchemaDetails b = (org.schemadiscovery.api.model.SchemaDetails) c.before();
            org.schemadiscovery.api.model.SchemaDetails a = (org.schemadiscovery.api.model.SchemaDetails) c.after();
            for (AttributeChange ac : c.attributes()) {
                switch (ac.name()) {
                    case "comment" -> op(Annotations.comment("SCHEMA " + id(name), a.comment()), c)
                            .needs(Keys.schema(name));
                    case "owner" -> {
                        if (a.owner() != null) {
                            op("ALTER SCHEMA " + id(name) + " OWNER TO " + id(a.owner()), c);
                        }
                    }
                    case "privileges" -> grants(c, "SCHEMA " + id(name), b.privileges(), a.privileges(),
                            Keys.schema(name));
                    default -> unsupported(c, "changing a schema's " + ac.name() + " is not planned");
                }
            }
            return;
        }
        if (added(c)) {
            op("CREATE SCHEMA " + id(name), c).creates(Keys.schema(name));
        } else {
            op("DROP SCHEMA " + id(name), c).drops(Keys.schema(name))
                    .hazard(HazardKind.DESTRUCTIVE, "drops schema " + name);
        }
    }

    private void extension(SchemaChange c) {
        if (added(c)) {
            ExtensionInfo e = (ExtensionInfo) c.after();
            PlannedStep op = op("CREATE EXTENSION IF NOT EXISTS " + id(e.name())
                    + (e.schema() == null ? "" : " WITH SCHEMA " + id(e.schema()))
                    + (e.version() == null ? "" : " VERSION " + Quoting.literal(e.version())), c)
                    .creates(Keys.extension(e.name()));
            if (e.schema() != null) {
                op.needs(Keys.schema(e.schema()));
                // an extension's objects (types, functions) are used by name
                e.members().forEach(m -> op.creates("member:" + e.schema() + "." + m));
            }
        } else if (removed(c)) {
            ExtensionInfo e = (ExtensionInfo) c.before();
            PlannedStep op = op("DROP EXTENSION " + id(e.name()), c).drops(Keys.extension(e.name()))
                    .drops(Keys.EXTENSION_USERS)
                    .hazard(HazardKind.DESTRUCTIVE, "drops extension " + e.name());
            if (e.schema() != null) {
                op.releases(Keys.schema(e.schema()));
            }
        } else {
            ExtensionInfo e = (ExtensionInfo) c.after();
            if (c.attributes().size() == 1 && c.attribute("version").isPresent() && e.version() != null) {
                op("ALTER EXTENSION " + id(e.name()) + " UPDATE TO " + Quoting.literal(e.version()), c);
            } else {
                unsupported(c, "moving an extension to another schema is not planned");
            }
        }
    }

    // ------------------------------------------------------------------ types

    private void type(SchemaChange c) {
        if (added(c)) {
            TypeInfo t = (TypeInfo) c.after();
            List<String> sql = render.statements(render.empty().types(List.of(t)).build(), s -> true);
            if (sql.isEmpty()) {
                unsupported(c, "a " + t.kind() + " type cannot be created from the catalog");
                return;
            }
            PlannedStep first = null;
            for (String s : sql) {
                PlannedStep op = op(s, c);
                t.domainChecks().forEach(check -> needFunctionsIn(op, check.expression()));
                needFunctionsIn(op, t.domainDefault());
                if (first == null) {
                    first = op.creates(Keys.type(t.ref().schema(), t.ref().name()))
                            .creates("enumvalue:" + Keys.type(t.ref().schema(), t.ref().name()))
                            .needs(Keys.schema(t.ref().schema()));
                } else {
                    op.needs(Keys.type(t.ref().schema(), t.ref().name()));
                }
            }
            return;
        }
        TypeInfo b = (TypeInfo) c.before();
        String key = Keys.type(b.ref().schema(), b.ref().name());
        if (removed(c)) {
            PlannedStep op = op("DROP " + (b.kind() == TypeKind.DOMAIN ? "DOMAIN " : "TYPE ") + q(b.ref()), c).drops(key)
                    .releases(Keys.schema(b.ref().schema()))
                    .hazard(HazardKind.DESTRUCTIVE, "drops type " + b.ref().displayName());
            releaseTypesIn(op, b.baseType());
            b.attributes().forEach(at -> releaseTypesIn(op, at.dataType()));
            return;
        }
        TypeInfo a = (TypeInfo) c.after();
        String kindWord = a.kind() == TypeKind.DOMAIN ? "DOMAIN " : "TYPE ";
        boolean recreatedEnum = c.attribute("enumLabels").isPresent()
                && !labelsOnlyAdded(b.enumLabels(), a.enumLabels());
        if (c instanceof Renamed<?> && !recreatedEnum) {
            // a recreated enum takes its new name from the CREATE TYPE; the old one is renamed aside and dropped
            op("ALTER " + kindWord + q(b.ref()) + " RENAME TO " + id(a.ref().name()), c).releases(key)
                    .creates(Keys.type(a.ref().schema(), a.ref().name()));
        }
        for (AttributeChange ac : c.attributes()) {
            switch (ac.name()) {
                case "enumLabels" -> enumLabels(c, b, a);
                case "comment" -> op("COMMENT ON " + kindWord + q(a.ref()) + " IS " + literalOrNull(a.comment()), c)
                        .needs(Keys.type(a.ref().schema(), a.ref().name()));
                case "owner" -> {
                    if (a.owner() != null) {
                        op("ALTER " + kindWord + q(a.ref()) + " OWNER TO " + id(a.owner()), c);
                    }
                }
                case "domainDefault" -> op("ALTER DOMAIN " + q(a.ref()) + (a.domainDefault() == null
                        ? " DROP DEFAULT" : " SET DEFAULT " + a.domainDefault()), c);
                case "domainNotNull" -> op("ALTER DOMAIN " + q(a.ref()) + (a.domainNotNull() ? " SET" : " DROP")
                        + " NOT NULL", c).hazard(HazardKind.VALIDATES_EXISTING_ROWS, "checks every value");
                case "domainChecks" -> domainChecks(c, b, a);
                case "attributes" -> compositeAttributes(c, b, a);
                default -> unsupported(c, "changing a type's " + ac.name() + " is not planned yet");
            }
        }
    }

    /**
     * A composite type's attributes: dropped ones go (their values in stored rows with them), new ones are added
     * and those whose type changes are converted, matched by name. CASCADE carries the change into tables using
     * the type.
     */
    private void compositeAttributes(SchemaChange c, TypeInfo b, TypeInfo a) {
        String key = Keys.type(a.ref().schema(), a.ref().name());
        java.util.Map<String, String> old = new java.util.LinkedHashMap<>();
        b.attributes().forEach(t -> old.put(t.name(), t.dataType()));
        java.util.Map<String, String> wanted = new java.util.LinkedHashMap<>();
        a.attributes().forEach(t -> wanted.put(t.name(), t.dataType()));
        List<String> actions = new ArrayList<>();
        boolean drops = false;
        for (String name : old.keySet()) {
            if (!wanted.containsKey(name)) {
                actions.add("DROP ATTRIBUTE " + id(name));
                drops = true;
            }
        }
        for (java.util.Map.Entry<String, String> e : wanted.entrySet()) {
            String was = old.get(e.getKey());
            if (was == null) {
                actions.add("ADD ATTRIBUTE " + id(e.getKey()) + " " + e.getValue());
            } else if (!was.equals(e.getValue())) {
                actions.add("ALTER ATTRIBUTE " + id(e.getKey()) + " TYPE " + e.getValue());
            }
        }
        List<String> order = wanted.keySet().stream().filter(old::containsKey).toList();
        List<String> kept = old.keySet().stream().filter(wanted::containsKey).toList();
        if (!order.equals(kept)) {
            unsupported(c, "reordering a composite type's attributes needs the type recreated, which is not planned");
            return;
        }
        if (actions.isEmpty()) {
            return;
        }
        if (actions.stream().anyMatch(x -> x.startsWith("ALTER ATTRIBUTE")) && usedByColumn(key)) {
            unsupported(c, "PostgreSQL refuses ALTER ATTRIBUTE … TYPE on a composite type a table column uses;"
                    + " converting those columns is not planned");
            return;
        }
        PlannedStep op = op("ALTER TYPE " + q(a.ref()) + " " + String.join(", ", actions) + " CASCADE", c).needs(key);
        if (drops) {
            op.hazard(HazardKind.DATA_LOSS, "values of the dropped attributes in stored rows are lost");
        }
    }

    /** What a dropped table's triggers, defaults, checks, generated columns and index predicates call. */
    private void releaseRoutinesOf(PlannedStep op, TableInfo t) {
        for (TriggerInfo tr : t.triggers()) {
            if (tr.function() != null) {
                op.releases(functionKey(tr.function()));
            }
        }
        StringBuilder expressions = new StringBuilder();
        for (ColumnInfo col : t.columns()) {
            expressions.append(col.defaultValue()).append(' ');
            if (col.generated() != null) {
                expressions.append(col.generated().expression()).append(' ');
            }
        }
        for (ConstraintInfo k : t.constraints()) {
            if (k instanceof CheckConstraint ch) {
                expressions.append(ch.expression()).append(' ');
            }
        }
        for (IndexInfo i : t.indexes()) {
            expressions.append(i.predicate()).append(' ');
            i.elements().forEach(e -> expressions.append(e.expression()).append(' '));
        }
        releaseRoutinesCalledIn(op, expressions.toString());
    }

    /** The routines of the starting schema an expression calls: a drop of them waits for {@code op}. */
    private void releaseRoutinesCalledIn(PlannedStep op, String expressions) {
        for (RoutineInfo r : from.routines()) {
            if (expressions.contains(r.ref().name() + "(")) {
                op.releases(Keys.routine(r.ref().schema(), r.ref().name()));
            }
        }
    }

    /** Types of the starting schema a type name list (a routine's arguments, a domain's base) mentions. */
    private void releaseTypesIn(PlannedStep op, String text) {
        if (text == null) {
            return;
        }
        for (TypeInfo t : from.types()) {
            if (java.util.regex.Pattern.compile("(^|[^A-Za-z0-9_$])" + java.util.regex.Pattern.quote(t.ref().name())
                    + "($|[^A-Za-z0-9_$])").matcher(text).find()) {
                op.releases(Keys.type(t.ref().schema(), t.ref().name()));
            }
        }
    }

    private boolean usedByColumn(String typeKey) {
        for (TableInfo t : from.tables()) {
            for (ColumnInfo col : t.columns()) {
                if (typeKey.equals(Keys.typeOf(col.type()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Checks dropped by name, then the new or changed ones added (validating every stored value). */
    private void domainChecks(SchemaChange c, TypeInfo b, TypeInfo a) {
        List<PlannedStep> drops = new ArrayList<>();
        for (org.schemadiscovery.api.model.DomainCheck check : b.domainChecks()) {
            if (!a.domainChecks().contains(check)) {
                if (check.name() == null) {
                    unsupported(c, "an unnamed domain check cannot be dropped by name");
                    return;
                }
                drops.add(op("ALTER DOMAIN " + q(a.ref()) + " DROP CONSTRAINT " + id(check.name()), c));
            }
        }
        for (org.schemadiscovery.api.model.DomainCheck check : a.domainChecks()) {
            if (!b.domainChecks().contains(check)) {
                PlannedStep add = op("ALTER DOMAIN " + q(a.ref()) + " ADD" + (check.name() == null ? ""
                        : " CONSTRAINT " + id(check.name())) + " CHECK (" + check.expression() + ")"
                        + (check.validated() ? "" : " NOT VALID"), c)
                        .hazard(HazardKind.VALIDATES_EXISTING_ROWS, "checks every stored value");
                drops.forEach(add::after);
                needFunctionsIn(add, check.expression());
            }
        }
    }

    /**
     * Labels only added (the old ones keep their order): ADD VALUE in place, each positioned BEFORE/AFTER a
     * neighbour, and a commit before anything uses them. Otherwise: rename the old type, create the new one,
     * convert every column through text, drop the old type.
     */
    private static boolean labelsOnlyAdded(List<String> old, List<String> wanted) {
        return wanted.containsAll(old) && wanted.stream().filter(old::contains).toList().equals(old);
    }

    private void enumLabels(SchemaChange c, TypeInfo b, TypeInfo a) {
        List<String> old = b.enumLabels();
        List<String> wanted = a.enumLabels();
        String key = Keys.type(a.ref().schema(), a.ref().name());
        if (labelsOnlyAdded(old, wanted)) {
            List<String> present = new ArrayList<>(old);
            for (int i = 0; i < wanted.size(); i++) {
                String label = wanted.get(i);
                if (present.contains(label)) {
                    continue;
                }
                String position = i + 1 < wanted.size() && present.contains(wanted.get(i + 1))
                        ? " BEFORE " + Quoting.literal(wanted.get(i + 1))
                        : i > 0 ? " AFTER " + Quoting.literal(wanted.get(i - 1)) : "";
                PlannedStep op = op("ALTER TYPE " + q(a.ref()) + " ADD VALUE " + Quoting.literal(label) + position, c)
                        .creates("enumvalue:" + key).needs(key);
                commitAfter.add(op);
                present.add(present.indexOf(i > 0 ? wanted.get(i - 1) : present.get(0)) + (i > 0 ? 1 : 0), label);
            }
            return;
        }
        String oldName = a.ref().name() + "__old";
        PlannedStep rename = op("ALTER TYPE " + q(b.ref()) + " RENAME TO " + id(oldName), c);
        PlannedStep create = op("CREATE TYPE " + q(a.ref()) + " AS ENUM (" + String.join(", ",
                wanted.stream().map(Quoting::literal).toList()) + ")", c).after(rename).creates(key)
                .creates("enumvalue:" + key);
        PlannedStep drop = op("DROP TYPE " + q(a.ref().schema(), oldName), c).after(create);
        List<String> removedLabels = old.stream().filter(l -> !wanted.contains(l)).toList();
        if (!removedLabels.isEmpty()) {
            drop.hazard(HazardKind.DATA_LOSS, "labels " + removedLabels + " removed: rows holding them fail the"
                    + " conversion");
        }
        // the columns name the type as it was, before a rename
        String oldKey = Keys.type(b.ref().schema(), b.ref().name());
        if (!oldKey.equals(key)) {
            // columns converted by their own change (the type's name changed) release the old type first
            drop.drops(oldKey);
        }
        for (TableInfo t : from.tables()) {
            for (ColumnInfo col : t.columns()) {
                if (oldKey.equals(Keys.typeOf(col.type())) && toTables.containsKey(t.ref())) {
                    String array = "[]".repeat(Math.max(0, col.type().arrayDimensions()));
                    String target = q(a.ref()) + array;
                    String cname = id(col.name());
                    PlannedStep dropDefault = null;
                    if (col.defaultValue() != null) {
                        dropDefault = op("ALTER TABLE " + q(t.ref()) + " ALTER COLUMN " + cname + " DROP DEFAULT", c)
                                .after(create);
                    }
                    PlannedStep convert = op("ALTER TABLE " + q(t.ref()) + " ALTER COLUMN " + cname + " TYPE " + target
                            + " USING " + cname + "::text" + array + "::" + target, c).after(create)
                            .blocks(ACCESS_EXCLUSIVE, "rewrites " + t.ref().displayName())
                            .hazard(HazardKind.TABLE_REBUILD, "rewrites " + t.ref().displayName());
                    if (dropDefault != null) {
                        convert.after(dropDefault);
                        ColumnInfo target2 = toTables.get(t.ref()).column(col.name()).orElse(col);
                        if (target2.defaultValue() != null) {
                            op("ALTER TABLE " + q(t.ref()) + " ALTER COLUMN " + cname + " SET DEFAULT "
                                    + Keys.qualifySequences(target2.defaultValue(), t.ref().schema()), c)
                                    .after(convert);
                        }
                    }
                    drop.after(convert);
                    views.rebuildAround(t.ref(), col.name(), convert, this);
                }
            }
        }
    }

    // ------------------------------------------------------------------ sequences

    private void sequence(SchemaChange c) {
        SequenceInfo any = (SequenceInfo) (c.after() != null ? c.after() : c.before());
        if (identitySequence(to, any.ref()) || identitySequence(from, any.ref())) {
            // an identity column's sequence comes and goes with the column (ADD GENERATED / DROP IDENTITY)
            return;
        }
        if (added(c)) {
            SequenceInfo s = (SequenceInfo) c.after();
            PlannedStep create = op("CREATE SEQUENCE " + q(s.ref()) + " AS " + s.dataType() + sequenceOptions(s), c)
                    .creates(Keys.relation(s.ref())).needs(Keys.schema(s.ref().schema()));
            ownedBy(c, s, create);
            return;
        }
        SequenceInfo b = (SequenceInfo) c.before();
        if (removed(c)) {
            // IF EXISTS: a sequence owned by a column goes with its table, whose drop releases it and so runs first
            op("DROP SEQUENCE IF EXISTS " + q(b.ref()), c).drops(Keys.relation(b.ref())).releases(Keys.schema(b.ref().schema()))
                    .hazard(HazardKind.DESTRUCTIVE, "drops sequence " + b.ref().displayName());
            return;
        }
        SequenceInfo a = (SequenceInfo) c.after();
        if (c instanceof Renamed<?>) {
            op("ALTER SEQUENCE " + q(b.ref()) + " RENAME TO " + id(a.ref().name()), c)
                    .releases(Keys.relation(b.ref())).creates(Keys.relation(a.ref()));
        }
        StringBuilder alter = new StringBuilder();
        for (AttributeChange ac : c.attributes()) {
            switch (ac.name()) {
                case "dataType" -> alter.append(" AS ").append(a.dataType());
                case "start" -> alter.append(" START WITH ").append(a.start());
                case "increment" -> alter.append(" INCREMENT BY ").append(a.increment());
                case "min" -> alter.append(" MINVALUE ").append(a.min());
                case "max" -> alter.append(" MAXVALUE ").append(a.max());
                case "cache" -> alter.append(" CACHE ").append(a.cache());
                case "cycle" -> alter.append(a.cycle() ? " CYCLE" : " NO CYCLE");
                case "ownedBy" -> ownedBy(c, a, null);
                case "comment" -> op(Annotations.comment("SEQUENCE " + q(a.ref()), a.comment()), c)
                        .needs(Keys.relation(a.ref()));
                case "owner" -> {
                    if (a.owner() != null) {
                        op("ALTER SEQUENCE " + q(a.ref()) + " OWNER TO " + id(a.owner()), c);
                    }
                }
                case "privileges" -> grants(c, "SEQUENCE " + q(a.ref()), b.privileges(), a.privileges(),
                        Keys.relation(a.ref()));
                default -> unsupported(c, "changing a sequence's " + ac.name() + " is not planned");
            }
        }
        if (!alter.isEmpty()) {
            op("ALTER SEQUENCE " + q(a.ref()) + alter, c).needs(Keys.relation(a.ref()));
        }
    }

    private static boolean identitySequence(SchemaInfo schema, TableRef sequence) {
        for (TableInfo t : schema.tables()) {
            for (ColumnInfo col : t.columns()) {
                if (col.identity() != null && col.identity().sequence() != null
                        && col.identity().sequence().ref().equals(sequence)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void ownedBy(SchemaChange c, SequenceInfo s, PlannedStep create) {
        if (s.ownedBy() == null) {
            if (create == null) {
                op("ALTER SEQUENCE " + q(s.ref()) + " OWNED BY NONE", c);
            }
            return;
        }
        for (TableInfo t : to.tables()) {
            String prefix = t.ref().schema() + "." + t.ref().name() + ".";
            if (s.ownedBy().startsWith(prefix) && t.column(s.ownedBy().substring(prefix.length())).isPresent()) {
                String column = s.ownedBy().substring(prefix.length());
                PlannedStep op = op("ALTER SEQUENCE " + q(s.ref()) + " OWNED BY " + q(t.ref()) + "." + id(column), c)
                        .needs(Keys.relation(s.ref())).needs(Keys.column(t.ref(), column));
                if (create != null) {
                    op.after(create);
                }
                return;
            }
        }
    }

    private static String sequenceOptions(SequenceInfo s) {
        return " INCREMENT BY " + s.increment() + " MINVALUE " + s.min() + " MAXVALUE " + s.max() + " START WITH "
                + s.start() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }

    // ------------------------------------------------------------------ routines

    private void routine(SchemaChange c) {
        if (added(c)) {
            RoutineInfo r = (RoutineInfo) c.after();
            if (r.definition() == null) {
                unsupported(c, "the routine's definition was not readable");
                return;
            }
            op(strip(r.definition()), c).creates(Keys.routine(r.ref().schema(), r.ref().name()))
                    .needs(Keys.schema(r.ref().schema()));
            if (r.comment() != null) {
                op(Annotations.comment(routineTarget(r), r.comment()), c)
                        .needs(Keys.routine(r.ref().schema(), r.ref().name()));
            }
            return;
        }
        RoutineInfo b = (RoutineInfo) c.before();
        String drop = "DROP " + (b.kind() == RoutineKind.PROCEDURE ? "PROCEDURE " : b.kind() == RoutineKind.AGGREGATE
                ? "AGGREGATE " : "FUNCTION ") + q(b.ref()) + "(" + b.arguments() + ")";
        if (removed(c)) {
            PlannedStep op = op(drop, c).drops(Keys.routine(b.ref().schema(), b.ref().name()))
                    .releases(Keys.schema(b.ref().schema()))
                    .hazard(HazardKind.DESTRUCTIVE, "drops " + b.kind().name().toLowerCase() + " "
                            + b.ref().displayName());
            releaseTypesIn(op, b.arguments());
            releaseTypesIn(op, b.returnType());
            return;
        }
        RoutineInfo a = (RoutineInfo) c.after();
        String fn = Keys.routine(a.ref().schema(), a.ref().name());
        if (onlyAttributes(c, "comment", "owner", "privileges")) {
            for (AttributeChange ac : c.attributes()) {
                switch (ac.name()) {
                    case "comment" -> op(Annotations.comment(routineTarget(a), a.comment()), c).needs(fn);
                    case "owner" -> {
                        if (a.owner() != null) {
                            op("ALTER " + routineTarget(a) + " OWNER TO " + id(a.owner()), c).needs(fn);
                        }
                    }
                    default -> grants(c, (a.kind() == RoutineKind.PROCEDURE ? "PROCEDURE " : "FUNCTION ")
                            + org.schemadiscovery.dialect.postgresql.render.DdlScript.routineSignature(a),
                            b.privileges(), a.privileges(), fn);
                }
            }
            return;
        }
        if (a.definition() == null) {
            unsupported(c, "the routine's definition was not readable");
            return;
        }
        PlannedStep create;
        boolean recreated = c.attribute("returnType").isPresent() || c.attribute("kind").isPresent();
        if (recreated) {
            PlannedStep d = op(drop, c).drops(Keys.routine(b.ref().schema(), b.ref().name()));
            create = op(strip(a.definition()), c).after(d).creates(fn);
        } else {
            create = op(strip(a.definition()), c).creates(fn);
        }
        if (c.attribute("comment").isPresent() || recreated && a.comment() != null) {
            op(Annotations.comment(routineTarget(a), a.comment()), c).after(create);
        }
        if (c.attribute("privileges").isPresent() || recreated) {
            for (String sql : Annotations.privileges((a.kind() == RoutineKind.PROCEDURE ? "PROCEDURE " : "FUNCTION ")
                    + org.schemadiscovery.dialect.postgresql.render.DdlScript.routineSignature(a),
                    recreated ? defaultRoutinePrivileges(a) : b.privileges(), a.privileges())) {
                op(sql, c).after(create);
            }
        }
    }

    /** What a newly created routine holds: EXECUTE for PUBLIC. */
    private static List<org.schemadiscovery.api.model.Privilege> defaultRoutinePrivileges(RoutineInfo r) {
        return r.privileges().isEmpty() && r.owner() == null ? List.of()
                : List.of(org.schemadiscovery.api.model.Privilege.of("PUBLIC", "EXECUTE", false));
    }

    // ------------------------------------------------------------------ tables

    private void table(SchemaChange c) {
        if (added(c)) {
            createTable(c, (TableInfo) c.after());
            return;
        }
        TableInfo b = (TableInfo) c.before();
        if (removed(c)) {
            PlannedStep op = op("DROP TABLE " + q(b.ref()), c).drops(Keys.relation(b.ref()))
                    .releases(Keys.schema(b.ref().schema()))
                    .hazard(HazardKind.DESTRUCTIVE, "drops table " + b.ref().displayName())
                    .hazard(HazardKind.DATA_LOSS, "its rows are lost");
            for (ColumnInfo col : b.columns()) {
                op.drops(Keys.column(b.ref(), col.name()));
                String type = Keys.typeOf(col.type());
                if (type != null) {
                    op.releases(type);
                }
                Keys.sequencesIn(col.defaultValue(), b.ref().schema()).forEach(op::releases);
            }
            op.drops(Keys.keysOf(b.ref())).releases(Keys.EXTENSION_USERS);
            releaseRoutinesOf(op, b);
            b.foreignKeys().forEach(fk -> op.releases(Keys.keysOf(fk.referencedTable()))
                    .releases(Keys.relation(fk.referencedTable())));
            if (b.partition() != null && b.partition().parent() != null) {
                op.releases(Keys.relation(b.partition().parent()));
            }
            return;
        }
        TableInfo a = (TableInfo) c.after();
        if (c instanceof Renamed<?>) {
            PlannedStep op = op("ALTER TABLE " + q(b.ref()) + " RENAME TO " + id(a.ref().name()), c)
                    .releases(Keys.relation(b.ref())).creates(Keys.relation(a.ref()))
                    .blocks(ACCESS_EXCLUSIVE, "renames " + b.ref().displayName());
            a.columns().forEach(col -> op.creates(Keys.column(a.ref(), col.name())));
        }
        for (AttributeChange ac : c.attributes()) {
            switch (ac.name()) {
                case "comment" -> op("COMMENT ON TABLE " + q(a.ref()) + " IS " + literalOrNull(a.comment()), c)
                        .needs(Keys.relation(a.ref()));
                case "owner" -> {
                    if (a.owner() != null) {
                        op("ALTER TABLE " + q(a.ref()) + " OWNER TO " + id(a.owner()), c);
                    }
                }
                case "rowLevelSecurity" -> op("ALTER TABLE " + q(a.ref()) + (a.rowLevelSecurity() ? " ENABLE"
                        : " DISABLE") + " ROW LEVEL SECURITY", c);
                case "partition" -> partition(c, b, a);
                case "options" -> TableOptions.plan(c, b, a, this);
                case "privileges" -> grants(c, "TABLE " + q(a.ref()), b.privileges(), a.privileges(),
                        Keys.relation(a.ref()));
                default -> unsupported(c, "changing a table's " + ac.name() + " is not planned yet");
            }
        }
    }

    private void partition(SchemaChange c, TableInfo b, TableInfo a) {
        boolean wasChild = b.partition() != null && b.partition().parent() != null;
        boolean isChild = a.partition() != null && a.partition().parent() != null;
        boolean sameStrategy = Objects.equals(b.partition() == null ? null : b.partition().strategy(),
                a.partition() == null ? null : a.partition().strategy())
                && Objects.equals(b.partition() == null ? null : b.partition().key(),
                a.partition() == null ? null : a.partition().key());
        if (!sameStrategy) {
            unsupported(c, "changing how a table is partitioned needs a rebuild, which is not planned");
            return;
        }
        PlannedStep detach = null;
        if (wasChild) {
            detach = op("ALTER TABLE " + q(b.partition().parent()) + " DETACH PARTITION " + q(a.ref()), c)
                    .blocks(ACCESS_EXCLUSIVE, "detaches from " + b.partition().parent().displayName());
        }
        if (isChild) {
            PlannedStep attach = op("ALTER TABLE " + q(a.partition().parent()) + " ATTACH PARTITION " + q(a.ref()) + " "
                    + a.partition().bound(), c).needs(Keys.relation(a.partition().parent()))
                    .hazard(HazardKind.VALIDATES_EXISTING_ROWS, "scans the partition for rows outside its bound");
            if (detach != null) {
                attach.after(detach);
            }
        }
    }

    private void createTable(SchemaChange c, TableInfo t) {
        List<String> sql = render.table(Keys.qualifySequences(t));
        PlannedStep create = null;
        for (String s : sql) {
            PlannedStep op = op(s, c);
            if (create == null) {
                create = op.creates(Keys.relation(t.ref())).needs(Keys.schema(t.ref().schema()));
                for (ColumnInfo col : t.columns()) {
                    op.creates(Keys.column(t.ref(), col.name()));
                    String type = Keys.typeOf(col.type());
                    if (type != null) {
                        op.needs(type);
                    }
                    Keys.sequencesIn(col.defaultValue(), t.ref().schema()).forEach(op::needs);
                }
                if (t.partition() != null && t.partition().parent() != null) {
                    op.needs(Keys.relation(t.partition().parent()));
                }
                String inherits = t.options().get("inherits");
                if (inherits != null) {
                    to.tables().stream().filter(p -> inherits.contains(q(p.ref())) || inherits.equals(p.ref().name()))
                            .forEach(p -> op.needs(Keys.relation(p.ref())));
                }
                continue;
            }
            op.after(create).needs(Keys.relation(t.ref()));
            if (s.contains(" FOREIGN KEY (")) {
                t.foreignKeys().stream().filter(fk -> s.contains(" ADD CONSTRAINT " + id(fk.name()) + " "))
                        .forEach(fk -> op.needs(Keys.relation(fk.referencedTable()))
                                .needs(Keys.keysOf(fk.referencedTable())));
            } else if (s.contains(" PRIMARY KEY (") || s.contains(" UNIQUE ") || s.startsWith("CREATE UNIQUE")) {
                op.creates(Keys.keysOf(t.ref()));
            }
            if (s.startsWith("CREATE TRIGGER") || s.startsWith("CREATE CONSTRAINT TRIGGER")) {
                t.triggers().stream().filter(tr -> s.equals(strip(tr.definition() == null ? "" : tr.definition())))
                        .forEach(tr -> needFunction(op, tr));
            }
        }
    }

    // ------------------------------------------------------------------ columns

    private TableRef tableOf(SchemaChange c) {
        ObjectName n = c.name();
        return TableRef.of(n.schema(), n.parent());
    }

    private void column(SchemaChange c) {
        TableRef table = tableOf(c);
        if (added(c)) {
            ColumnInfo col = (ColumnInfo) c.after();
            TableInfo owner = toTables.get(table);
            PlannedStep op = op("ALTER TABLE " + q(table) + " ADD COLUMN " + columnDefinition(owner, col), c)
                    .creates(Keys.column(table, col.name())).needs(Keys.relation(table))
                    .blocks(ACCESS_EXCLUSIVE, "alters " + table.displayName());
            String type = Keys.typeOf(col.type());
            if (type != null) {
                op.needs(type).needs("enumvalue:" + type);
            }
            Keys.sequencesIn(col.defaultValue(), table.schema()).forEach(op::needs);
            if (!col.nullable() && col.defaultValue() == null && col.identity() == null && col.generated() == null) {
                op.hazard(HazardKind.VALIDATES_EXISTING_ROWS, "NOT NULL without a default fails on a non-empty table");
            }
            if (col.generated() != null || volatileDefault(col.defaultValue())) {
                op.hazard(HazardKind.TABLE_REBUILD, "fills every existing row");
            }
            if (col.comment() != null) {
                op(Annotations.comment("COLUMN " + q(table) + "." + id(col.name()), col.comment()), c).after(op);
            }
            return;
        }
        ColumnInfo b = (ColumnInfo) c.before();
        TableRef fromTable = c instanceof Renamed<?> r ? TableRef.of(r.from().schema(), r.from().parent()) : table;
        if (removed(c)) {
            PlannedStep op = op("ALTER TABLE " + q(table) + " DROP COLUMN " + id(b.name()), c)
                    .drops(Keys.column(table, b.name())).needs(Keys.relation(table))
                    .hazard(HazardKind.DESTRUCTIVE, "drops column " + table.displayName() + "." + b.name())
                    .hazard(HazardKind.DATA_LOSS, "its values are lost")
                    .blocks(ACCESS_EXCLUSIVE, "alters " + table.displayName()).releases(Keys.EXTENSION_USERS);
            String type = Keys.typeOf(b.type());
            if (type != null) {
                op.releases(type);
            }
            Keys.sequencesIn(b.defaultValue(), table.schema()).forEach(op::releases);
            releaseRoutinesCalledIn(op, b.defaultValue() + " "
                    + (b.generated() == null ? "" : b.generated().expression()));
            views.rebuildAround(table, b.name(), op, this);
            return;
        }
        ColumnInfo a = (ColumnInfo) c.after();
        if (a.generated() != null && !java.util.Objects.equals(b.generated(), a.generated())
                || a.generated() != null && c.attribute("type").isPresent()) {
            recreateGenerated(c, table, b, a);
            return;
        }
        String alter = "ALTER TABLE " + q(table) + " ALTER COLUMN " + id(a.name());
        PlannedStep renamed = null;
        if (c instanceof Renamed<?>) {
            renamed = op("ALTER TABLE " + q(table) + " RENAME COLUMN " + id(b.name()) + " TO " + id(a.name()), c)
                    .releases(Keys.column(table, b.name())).creates(Keys.column(table, a.name()))
                    .needs(Keys.relation(table)).blocks(ACCESS_EXCLUSIVE, "renames a column");
        }
        boolean typeChanges = c.attribute("type").isPresent() || c.attribute("collation").isPresent();
        boolean defaultChanges = c.attribute("default").isPresent();
        boolean identityChanges = c.attribute("identity").isPresent();
        PlannedStep dropDefault = null;
        if ((defaultChanges || typeChanges) && b.defaultValue() != null && b.identity() == null
                && b.generated() == null) {
            dropDefault = op(alter + " DROP DEFAULT", c).needs(Keys.column(table, a.name()));
            Keys.sequencesIn(b.defaultValue(), table.schema()).forEach(dropDefault::releases);
        }
        PlannedStep identityDrop = null;
        if (identityChanges && b.identity() != null && (a.identity() == null || typeChanges)) {
            identityDrop = op(alter + " DROP IDENTITY", c).needs(Keys.column(table, a.name()));
        }
        PlannedStep type = null;
        if (typeChanges) {
            if (a.generated() != null) {
                unsupported(c, "changing the type of a generated column is not planned");
            }
            String target = a.type().declared() + "[]".repeat(Math.max(0, a.type().arrayDimensions() - 1));
            // an enum converts to another type only through text
            String via = b.type().category() == org.schemadiscovery.api.model.TypeCategory.ENUM ? "::text" : "";
            type = op(alter + " TYPE " + target + (a.collation() == null ? "" : " COLLATE " + a.collation())
                    + " USING " + id(a.name()) + via + "::" + target, c).needs(Keys.column(table, a.name()))
                    .blocks(ACCESS_EXCLUSIVE, "alters " + table.displayName())
                    .hazard(HazardKind.TABLE_REBUILD, "may rewrite " + table.displayName() + " and its indexes")
                    .hazard(HazardKind.DATA_LOSS, "values that do not fit " + target + " fail or are cut");
            String oldType = Keys.typeOf(b.type());
            String newType = Keys.typeOf(a.type());
            if (oldType != null) {
                type.releases(oldType);
            }
            if (newType != null) {
                type.needs(newType);
            }
            if (dropDefault != null) {
                type.after(dropDefault);
            }
            if (identityDrop != null) {
                type.after(identityDrop);
            }
            views.rebuildAround(fromTable, b.name(), type, this);
        }
        PlannedStep last = type;
        if (a.defaultValue() != null && a.identity() == null && a.generated() == null
                && (defaultChanges || dropDefault != null)) {
            PlannedStep set = op(alter + " SET DEFAULT " + Keys.qualifySequences(a.defaultValue(), table.schema()), c).needs(Keys.column(table, a.name()));
            Keys.sequencesIn(a.defaultValue(), table.schema()).forEach(set::needs);
            String enumType = Keys.typeOf(a.type());
            if (enumType != null) {
                set.needs("enumvalue:" + enumType);
            }
            if (type != null) {
                set.after(type);
            }
            last = set;
        } else if (defaultChanges && a.defaultValue() == null && dropDefault == null && b.defaultValue() != null) {
            unsupported(c, "removing this default is not planned");
        }
        PlannedStep notNull = null;
        if (c.attribute("nullable").isPresent()) {
            notNull = op(alter + (a.nullable() ? " DROP NOT NULL" : " SET NOT NULL"), c)
                    .needs(Keys.column(table, a.name()));
            if (!a.nullable()) {
                notNull.hazard(HazardKind.VALIDATES_EXISTING_ROWS, "scans " + table.displayName() + " for NULLs")
                        .blocks(ACCESS_EXCLUSIVE, "while it scans");
            } else {
                // a primary key keeps its columns NOT NULL until it is dropped
                notNull.drops(Keys.primaryKeyColumn(table, a.name()));
                if (identityDrop != null) {
                    // an identity column stays NOT NULL until its identity goes
                    notNull.after(identityDrop);
                }
            }
            if (last != null) {
                notNull.after(last);
            }
        }
        if (identityChanges) {
            // ADD GENERATED … AS IDENTITY needs the column NOT NULL already
            identity(c, alter, b, a, identityDrop, type, notNull != null && !a.nullable() ? notNull : null);
        }
        for (AttributeChange ac : c.attributes()) {
            switch (ac.name()) {
                case "nullable" -> {
                    // planned above, before the identity
                }
                case "comment" -> op("COMMENT ON COLUMN " + q(table) + "." + id(a.name()) + " IS "
                        + literalOrNull(a.comment()), c).needs(Keys.column(table, a.name()));
                case "generated" -> op(alter + " DROP EXPRESSION", c).needs(Keys.column(table, a.name()));
                case "type", "collation", "default", "identity" -> {
                    // handled above
                }
                default -> unsupported(c, "changing a column's " + ac.name() + " is not planned");
            }
        }
        if (renamed != null) {
            for (PlannedStep o : ops) {
                if (o != renamed && o.implementsChange(c)) {
                    o.after(renamed);
                }
            }
        }
    }

    /**
     * PostgreSQL 15 cannot change a stored generated column's expression in place: the column is dropped and added
     * again, which recomputes every row (a rewrite, not a loss: the values follow from the other columns). Indexes
     * and constraints on it go with the drop and are created again; views reading it are rebuilt around it.
     */
    private void recreateGenerated(SchemaChange c, TableRef table, ColumnInfo b, ColumnInfo a) {
        TableInfo owner = toTables.get(table);
        TableRef fromTable = c instanceof Renamed<?> r ? TableRef.of(r.from().schema(), r.from().parent()) : table;
        PlannedStep drop = op("ALTER TABLE " + q(fromTable) + " DROP COLUMN " + id(b.name()), c)
                .needs(Keys.relation(table)).blocks(ACCESS_EXCLUSIVE, "alters " + table.displayName());
        views.rebuildAround(fromTable, b.name(), drop, this);
        PlannedStep add = op("ALTER TABLE " + q(table) + " ADD COLUMN " + columnDefinition(owner, a), c).after(drop)
                .creates(Keys.column(table, a.name())).needs(Keys.relation(table))
                .blocks(ACCESS_EXCLUSIVE, "alters " + table.displayName())
                .hazard(HazardKind.TABLE_REBUILD, "recomputes the generated column in every row of "
                        + table.displayName());
        String type = Keys.typeOf(a.type());
        if (type != null) {
            add.needs(type);
        }
        needFunctionsIn(add, a.generated().expression());
        if (a.comment() != null) {
            op(Annotations.comment("COLUMN " + q(table) + "." + id(a.name()), a.comment()), c).after(add);
        }
        if (owner == null) {
            return;
        }
        TableInfo was = fromTables.get(fromTable);
        for (IndexInfo i : owner.indexes()) {
            // only those the diff leaves alone: a changed or new one is planned by its own change
            if (!i.constraintBacked() && mentions(i, a.name()) && was != null && was.indexes().contains(i)) {
                for (String s : render.index(owner, i)) {
                    op(s, c).after(add).creates(Keys.index(table.schema(), i.name()));
                }
            }
        }
        for (ConstraintInfo k : owner.constraints()) {
            boolean unchanged = was != null && was.constraints().contains(k);
            if (unchanged && (k.columns().contains(a.name()) || k instanceof CheckConstraint ch
                    && ch.expression() != null && ch.expression().contains(a.name()))) {
                for (String s : render.constraint(owner, k)) {
                    op(s, c).after(add).creates(Keys.constraint(table, k.name()));
                }
            }
        }
    }

    private static boolean mentions(IndexInfo i, String column) {
        if (elementColumns(i).contains(column)) {
            return true;
        }
        for (IndexElement e : i.elements()) {
            if (e.column() == null && e.expression() != null && e.expression().contains(column)) {
                return true;
            }
        }
        return i.predicate() != null && i.predicate().contains(column);
    }

    private void identity(SchemaChange c, String alter, ColumnInfo b, ColumnInfo a, PlannedStep identityDrop, PlannedStep type,
                          PlannedStep notNull) {
        if (a.identity() == null) {
            return;
        }
        String generation = a.identity().generation() == IdentityGeneration.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        PlannedStep op;
        if (b.identity() != null && identityDrop == null) {
            StringBuilder set = new StringBuilder();
            if (b.identity().generation() != a.identity().generation()) {
                set.append(" SET GENERATED ").append(generation);
            }
            SequenceInfo was = b.identity().sequence();
            SequenceInfo s = a.identity().sequence();
            if (s != null && (was == null || was.start() != s.start() || was.increment() != s.increment()
                    || was.min() != s.min() || was.max() != s.max() || was.cache() != s.cache()
                    || was.cycle() != s.cycle())) {
                set.append(" SET INCREMENT BY ").append(s.increment()).append(" SET MINVALUE ").append(s.min())
                        .append(" SET MAXVALUE ").append(s.max()).append(" SET START WITH ").append(s.start())
                        .append(" SET CACHE ").append(s.cache()).append(s.cycle() ? " SET CYCLE" : " SET NO CYCLE");
                if (was == null || s.min() > was.min() || s.max() < was.max()) {
                    // the current value may lie outside the narrower range, which PostgreSQL refuses: start over
                    set.append(" RESTART");
                }
            }
            if (set.isEmpty()) {
                return;
            }
            op = op(alter + set, c);
        } else {
            SequenceInfo s = a.identity().sequence();
            op = op(alter + " ADD GENERATED " + generation + " AS IDENTITY" + (s == null ? ""
                    : " (SEQUENCE NAME " + q(s.ref()) + sequenceOptions(s) + ")"), c);
            if (identityDrop != null) {
                op.after(identityDrop);
            }
        }
        if (type != null) {
            op.after(type);
        }
        if (notNull != null) {
            op.after(notNull);
        }
    }

    private static boolean volatileDefault(String expression) {
        if (expression == null) {
            return false;
        }
        String e = expression.toLowerCase();
        return e.contains("random()") || e.contains("gen_random_uuid") || e.contains("clock_timestamp")
                || e.contains("nextval(");
    }

    private static String columnDefinition(TableInfo owner, ColumnInfo col) {
        if (owner != null) {
            col = col.toBuilder().defaultValue(Keys.qualifySequences(col.defaultValue(), owner.ref().schema())).build();
        }
        TableInfo one = TableInfo.builder(owner == null ? TableRef.of("public", "x") : owner.ref(), TableKind.TABLE)
                .columns(List.of(col)).build();
        String create = org.schemadiscovery.dialect.postgresql.render.DdlScript.render(
                SchemaInfo.builder(new org.schemadiscovery.api.model.DatabaseIdentity("PostgreSQL", "15", 15, 0,
                        "", "", "postgresql")).tables(List.of(one)).build()).stream()
                .filter(s -> s.startsWith("CREATE TABLE")).findFirst().orElseThrow();
        int open = create.indexOf(" (");
        return create.substring(open + 2, create.length() - 1);
    }

    // ------------------------------------------------------------------ constraints and indexes

    private void constraint(SchemaChange c) {
        TableRef table = tableOf(c);
        if (onlyAttributes(c, "comment")) {
            ConstraintInfo a = (ConstraintInfo) c.after();
            op(Annotations.comment("CONSTRAINT " + id(a.name()) + " ON " + q(table), a.comment()), c)
                    .needs(Keys.constraint(table, a.name()));
            return;
        }
        if (c instanceof Renamed<?> r && c.attributes().isEmpty()) {
            ConstraintInfo b = (ConstraintInfo) c.before();
            ConstraintInfo a = (ConstraintInfo) c.after();
            op("ALTER TABLE " + q(table) + " RENAME CONSTRAINT " + id(b.name()) + " TO " + id(a.name()), c)
                    .releases(Keys.constraint(table, b.name())).creates(Keys.constraint(table, a.name()))
                    .needs(Keys.relation(table));
            return;
        }
        PlannedStep drop = null;
        if (c.before() != null) {
            ConstraintInfo b = (ConstraintInfo) c.before();
            if (b.name() == null) {
                unsupported(c, "an unnamed constraint cannot be dropped by name");
                return;
            }
            drop = op("ALTER TABLE " + q(table) + " DROP CONSTRAINT " + id(b.name()), c)
                    .drops(Keys.constraint(table, b.name())).needs(Keys.relation(table))
                    .blocks(ACCESS_EXCLUSIVE, "alters " + table.displayName());
            if (removed(c)) {
                drop.hazard(HazardKind.DESTRUCTIVE, "drops " + c.type().label() + " " + b.name());
            }
            if (b instanceof PrimaryKey || b instanceof UniqueConstraint) {
                drop.drops(Keys.keysOf(table));
            }
            if (b instanceof ForeignKey fk) {
                drop.releases(Keys.keysOf(fk.referencedTable())).releases(Keys.relation(fk.referencedTable()));
            }
            for (String col : b.columns()) {
                drop.releases(Keys.column(table, col));
                if (b instanceof PrimaryKey) {
                    drop.releases(Keys.primaryKeyColumn(table, col));
                }
            }
        }
        if (c.after() == null) {
            return;
        }
        ConstraintInfo a = (ConstraintInfo) c.after();
        TableInfo owner = toTables.get(table);
        if (owner == null) {
            unsupported(c, "the table of the constraint is not in the target schema");
            return;
        }
        List<String> sql = render.constraint(owner, a);
        for (String rendered : sql) {
            String s = online(a, rendered);
            PlannedStep add = op(s, c).needs(Keys.relation(table)).creates(Keys.constraint(table, a.name()));
            a.columns().forEach(col -> add.needs(Keys.column(table, col)));
            if (drop != null) {
                add.after(drop);
            }
            if (a instanceof PrimaryKey || a instanceof UniqueConstraint || a instanceof ExclusionConstraint) {
                add.creates(Keys.keysOf(table)).hazard(HazardKind.LONG_INDEX_BUILD, "builds its index")
                        .blocks(ACCESS_EXCLUSIVE, "alters " + table.displayName());
            }
            if (a instanceof ForeignKey fk) {
                add.needs(Keys.relation(fk.referencedTable())).needs(Keys.keysOf(fk.referencedTable()))
                        .blocks(SHARE_ROW_EXCLUSIVE, "locks " + table.displayName() + " and "
                                + fk.referencedTable().displayName());
                fk.referencedColumns().forEach(col -> add.needs(Keys.column(fk.referencedTable(), col)));
            }
            if (a instanceof CheckConstraint || a instanceof ForeignKey) {
                if (!s.endsWith(" NOT VALID")) {
                    add.hazard(HazardKind.VALIDATES_EXISTING_ROWS, "checks every existing row");
                }
                if (options.online() && s.endsWith(" NOT VALID")
                        && (a instanceof CheckConstraint ch ? ch.validated() : ((ForeignKey) a).validated())) {
                    PlannedStep validate = op("ALTER TABLE " + q(table) + " VALIDATE CONSTRAINT " + id(a.name()), c)
                            .after(add).hazard(HazardKind.VALIDATES_EXISTING_ROWS, "checks every existing row");
                    commitAfter.add(validate);
                    commitAfter.add(add);
                }
            }
            if (a instanceof CheckConstraint ch) {
                needFunctionsIn(add, ch.expression());
            }
        }
        if (a.comment() != null && a.name() != null) {
            op(Annotations.comment("CONSTRAINT " + id(a.name()) + " ON " + q(table), a.comment()), c)
                    .needs(Keys.constraint(table, a.name()));
        }
    }

    /** With --online, checks and foreign keys are added NOT VALID and validated in a later group. */
    private String online(ConstraintInfo a, String sql) {
        if (options.online() && (a instanceof CheckConstraint || a instanceof ForeignKey)
                && !sql.endsWith(" NOT VALID")) {
            return sql + " NOT VALID";
        }
        return sql;
    }

    private void index(SchemaChange c) {
        TableRef table = tableOf(c);
        String schema = table.schema();
        if (onlyAttributes(c, "comment")) {
            IndexInfo a = (IndexInfo) c.after();
            op(Annotations.comment("INDEX " + q(schema, a.name()), a.comment()), c)
                    .needs(Keys.index(schema, a.name()));
            return;
        }
        if (c instanceof Renamed<?> && c.attributes().isEmpty()) {
            IndexInfo b = (IndexInfo) c.before();
            IndexInfo a = (IndexInfo) c.after();
            op("ALTER INDEX " + q(schema, b.name()) + " RENAME TO " + id(a.name()), c)
                    .releases(Keys.index(schema, b.name())).creates(Keys.index(schema, a.name()));
            return;
        }
        PlannedStep drop = null;
        if (c.before() != null) {
            IndexInfo b = (IndexInfo) c.before();
            boolean concurrently = options.online();
            drop = op("DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + q(schema, b.name()), c)
                    .drops(Keys.index(schema, b.name())).releases(Keys.EXTENSION_USERS);
            if (concurrently) {
                drop.hazard(HazardKind.NOT_TRANSACTIONAL, "DROP INDEX CONCURRENTLY runs outside a transaction");
            } else {
                drop.blocks(ACCESS_EXCLUSIVE, "locks " + table.displayName());
            }
            if (removed(c)) {
                drop.hazard(HazardKind.DESTRUCTIVE, "drops index " + b.name());
            }
            if (b.unique()) {
                drop.drops(Keys.keysOf(table));
            }
            PlannedStep d = drop;
            elementColumns(b).forEach(col -> d.releases(Keys.column(table, col)));
        }
        if (c.after() == null) {
            return;
        }
        IndexInfo a = (IndexInfo) c.after();
        TableInfo owner = toTables.get(table);
        List<String> sql;
        if (owner != null) {
            sql = render.index(owner, a);
        } else {
            ViewInfo view = to.views().stream().filter(v -> v.ref().equals(table)).findFirst().orElse(null);
            if (view == null) {
                unsupported(c, "the index's table is not in the target schema");
                return;
            }
            TableInfo asTable = TableInfo.builder(view.ref(), TableKind.TABLE).columns(view.columns()).build();
            sql = render.index(asTable, a);
        }
        for (String s : sql) {
            boolean concurrently = options.online() && s.startsWith("CREATE") && (owner == null
                    || owner.kind() != TableKind.PARTITIONED);
            String text = concurrently ? s.replaceFirst("^CREATE (UNIQUE )?INDEX ", "CREATE $1INDEX CONCURRENTLY ")
                    : s;
            PlannedStep add = op(text, c).needs(Keys.relation(table)).creates(Keys.index(schema, a.name()))
                    .hazard(HazardKind.LONG_INDEX_BUILD, "builds an index on " + table.displayName());
            if (concurrently) {
                add.hazard(HazardKind.NOT_TRANSACTIONAL, "CREATE INDEX CONCURRENTLY runs outside a transaction");
            } else {
                add.blocks(SHARE, "blocks writes to " + table.displayName() + " while it builds");
            }
            if (a.unique()) {
                add.creates(Keys.keysOf(table));
            }
            elementColumns(a).forEach(col -> add.needs(Keys.column(table, col)));
            if (drop != null) {
                add.after(drop);
            }
        }
        if (a.comment() != null) {
            op(Annotations.comment("INDEX " + q(schema, a.name()), a.comment()), c)
                    .needs(Keys.index(schema, a.name()));
        }
    }

    private static List<String> elementColumns(IndexInfo i) {
        List<String> out = new ArrayList<>();
        for (IndexElement e : i.elements()) {
            if (e.column() != null) {
                out.add(e.column());
            }
        }
        out.addAll(i.include());
        return out;
    }

    // ------------------------------------------------------------------ views

    private void view(SchemaChange c) {
        String kind = c.type() == ObjectType.MATERIALIZED_VIEW ? "MATERIALIZED VIEW " : "VIEW ";
        if (added(c)) {
            views.create(c, (ViewInfo) c.after(), this);
            return;
        }
        ViewInfo b = (ViewInfo) c.before();
        if (removed(c)) {
            views.drop(c, b, kind, true, this);
            return;
        }
        ViewInfo a = (ViewInfo) c.after();
        if (c instanceof Renamed<?>) {
            op("ALTER " + kind + q(b.ref()) + " RENAME TO " + id(a.ref().name()), c)
                    .releases(Keys.relation(b.ref())).creates(Keys.relation(a.ref()));
        }
        boolean rebuild = c.attribute("definition").isPresent() || c.attribute("columns").isPresent();
        if (rebuild) {
            views.replace(c, b, a, this);
        }
        for (AttributeChange ac : c.attributes()) {
            switch (ac.name()) {
                case "comment" -> {
                    if (!rebuild) {
                        op("COMMENT ON " + kind + q(a.ref()) + " IS " + literalOrNull(a.comment()), c)
                                .needs(Keys.relation(a.ref()));
                    }
                }
                case "owner" -> {
                    if (a.owner() != null && !rebuild) {
                        op("ALTER " + kind + q(a.ref()) + " OWNER TO " + id(a.owner()), c);
                    }
                }
                case "definition", "columns" -> {
                    // rebuilt above
                }
                case "privileges" -> {
                    if (!rebuild) {
                        grants(c, "TABLE " + q(a.ref()), b.privileges(), a.privileges(), Keys.relation(a.ref()));
                    }
                }
                default -> unsupported(c, "changing a view's " + ac.name() + " is not planned");
            }
        }
    }

    // ------------------------------------------------------------------ triggers, policies

    private void trigger(SchemaChange c) {
        TableRef table = tableOf(c);
        if (onlyAttributes(c, "comment")) {
            TriggerInfo a = (TriggerInfo) c.after();
            op(Annotations.comment("TRIGGER " + id(a.name()) + " ON " + q(table), a.comment()), c)
                    .needs(Keys.trigger(table, a.name()));
            return;
        }
        PlannedStep drop = null;
        if (c.before() != null) {
            TriggerInfo b = (TriggerInfo) c.before();
            drop = op("DROP TRIGGER " + id(b.name()) + " ON " + q(b.table()), c)
                    .drops(Keys.trigger(table, b.name()));
            if (removed(c)) {
                drop.hazard(HazardKind.DESTRUCTIVE, "drops trigger " + b.name());
            }
            if (b.function() != null) {
                drop.releases(functionKey(b.function()));
            }
        }
        if (c.after() == null) {
            return;
        }
        TriggerInfo a = (TriggerInfo) c.after();
        if (a.definition() == null) {
            unsupported(c, "the trigger's definition was not readable");
            return;
        }
        PlannedStep add = op(strip(a.definition()), c).needs(Keys.relation(table)).creates(Keys.trigger(table, a.name()));
        needFunction(add, a);
        a.columns().forEach(col -> add.needs(Keys.column(table, col)));
        if (drop != null) {
            add.after(drop);
        }
        if (a.comment() != null) {
            op(Annotations.comment("TRIGGER " + id(a.name()) + " ON " + q(table), a.comment()), c).after(add);
        }
    }

    private void needFunction(PlannedStep op, TriggerInfo t) {
        if (t.function() != null) {
            op.needs(functionKey(t.function()));
        }
    }

    /** A function reference as discovered ({@code schema.name} or {@code name}). */
    private static String functionKey(String function) {
        String f = function.replaceAll("\\(.*$", "").replace("\"", "");
        int dot = f.lastIndexOf('.');
        return dot < 0 ? Keys.routine("public", f) : Keys.routine(f.substring(0, dot), f.substring(dot + 1));
    }

    private void needFunctionsIn(PlannedStep op, String expression) {
        if (expression == null) {
            return;
        }
        for (RoutineInfo r : to.routines()) {
            if (expression.contains(r.ref().name() + "(")) {
                op.needs(Keys.routine(r.ref().schema(), r.ref().name()));
            }
        }
    }

    private void policy(SchemaChange c) {
        TableRef table = tableOf(c);
        PlannedStep drop = null;
        if (c.before() != null) {
            PolicyInfo b = (PolicyInfo) c.before();
            drop = op("DROP POLICY " + id(b.name()) + " ON " + q(table), c).drops(Keys.policy(table, b.name()));
            if (removed(c)) {
                drop.hazard(HazardKind.DESTRUCTIVE, "drops policy " + b.name());
            }
        }
        if (c.after() == null) {
            return;
        }
        PolicyInfo a = (PolicyInfo) c.after();
        TableInfo owner = toTables.get(table);
        if (owner == null) {
            unsupported(c, "the policy's table is not in the target schema");
            return;
        }
        for (String s : render.policy(owner, a)) {
            PlannedStep add = op(s, c).needs(Keys.relation(table)).creates(Keys.policy(table, a.name()));
            if (drop != null) {
                add.after(drop);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    PlannedStep addOp(String sql, SchemaChange change) {
        return op(sql, change);
    }

    void refuse(SchemaChange change, String reason) {
        unsupported(change, reason);
    }

    private static String routineTarget(RoutineInfo r) {
        String keyword = switch (r.kind()) {
            case PROCEDURE -> "PROCEDURE ";
            case AGGREGATE -> "AGGREGATE ";
            default -> "FUNCTION ";
        };
        return keyword + org.schemadiscovery.dialect.postgresql.render.DdlScript.routineSignature(r);
    }

    Render render() {
        return render;
    }

    static String literalOrNull(String text) {
        return text == null ? "NULL" : Quoting.literal(text);
    }

    static String strip(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
