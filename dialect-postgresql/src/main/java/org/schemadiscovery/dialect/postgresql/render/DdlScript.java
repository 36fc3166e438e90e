package org.schemadiscovery.dialect.postgresql.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DomainCheck;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ExclusionElement;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IdentityGeneration;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.RoutineKind;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.TypeKind;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.DdlOptions;

/**
 * Renders a discovered model as an ordered list of PostgreSQL statements, close to the order {@code pg_dump} uses:
 * schemas, extensions, types, sequences, routines, tables (partitions created on their own, then attached),
 * sequence ownership and values, keys and checks, views, indexes, foreign keys, triggers, comments, owners,
 * row-level security. Partitioned keys and indexes are built like pg_dump does ({@code ON ONLY} the parent, then
 * {@code ATTACH PARTITION}), so every index keeps its name. Expressions come from the model as the server printed
 * them (schema-qualified, since discovery runs with an empty search_path).
 */
public final class DdlScript {
    private final SchemaInfo schema;
    private final DdlOptions options;
    private final List<String> out = new ArrayList<>();
    private final Map<TableRef, TableInfo> tables = new LinkedHashMap<>();
    private final Set<TableRef> identitySequences = new HashSet<>();

    private DdlScript(SchemaInfo schema, DdlOptions options) {
        this.schema = schema;
        this.options = options;
        for (TableInfo t : schema.tables()) {
            tables.put(t.ref(), t);
            for (ColumnInfo c : t.columns()) {
                if (c.identity() != null && c.identity().sequence() != null) {
                    identitySequences.add(c.identity().sequence().ref());
                }
            }
        }
    }

    /** The statements, without trailing semicolons: comments, no owners, no privileges. */
    /** {@code schema.name(arguments)} without argument defaults: how COMMENT, ALTER and GRANT name a routine. */
    public static String routineSignature(org.schemadiscovery.api.model.RoutineInfo routine) {
        return AnnotationsDdl.signature(routine);
    }

    public static List<String> render(SchemaInfo schema) {
        return render(schema, DdlOptions.defaults());
    }

    /** The statements, without trailing semicolons; owners and privileges only when the options ask. */
    public static List<String> render(SchemaInfo schema, DdlOptions options) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(options, "options");
        return new DdlScript(schema, options).build();
    }

    private List<String> build() {
        // Function bodies may mention tables created later, as in pg_dump.
        out.add("SET check_function_bodies = false");
        for (String s : schema.schemas()) {
            out.add("CREATE SCHEMA IF NOT EXISTS " + Quoting.ident(s));
        }
        for (ExtensionInfo e : schema.extensions()) {
            out.add("CREATE EXTENSION IF NOT EXISTS " + Quoting.ident(e.name())
                    + (e.schema() == null ? "" : " WITH SCHEMA " + Quoting.ident(e.schema()))
                    + (e.version() == null ? "" : " VERSION " + Quoting.literal(e.version()))
                    // the model lists extensions by name, not in dependency order: let each bring what it requires
                    + " CASCADE");
        }
        types();
        for (SequenceInfo s : schema.sequences()) {
            if (!identitySequences.contains(s.ref())) {
                out.add("CREATE SEQUENCE " + q(s.ref()) + " AS " + s.dataType() + sequenceOptions(s));
            }
        }
        List<RoutineInfo> lateRoutines = routines();
        foreignServers();
        for (TableInfo t : dependencyOrder(List.copyOf(tables.values()), TableInfo::ref,
                t -> List.of(t.options().getOrDefault(OptionKeys.INHERITS, "")))) {
            createTable(t);
        }
        tables.values().stream()
                .filter(t -> t.partition() != null && t.partition().parent() != null)
                .sorted(Comparator.comparingInt(this::depth).thenComparing(TableInfo::ref))
                .forEach(t -> out.add("ALTER TABLE ONLY " + q(t.partition().parent()) + " ATTACH PARTITION "
                        + q(t.ref()) + " " + t.partition().bound()));
        sequenceOwnershipAndValues();
        for (RoutineInfo r : lateRoutines) {
            routine(r);
        }
        // keys before views: a view may group by a primary key and select the columns it determines
        keysAndChecks();
        views();
        indexes();
        foreignKeys();
        triggers();
        comments();
        if (options.owners()) {
            owners();
        }
        rowLevelSecurity();
        // after the policies, which they comment too
        AnnotationsDdl annotations = new AnnotationsDdl(schema, identitySequences);
        out.addAll(annotations.comments());
        if (options.owners()) {
            out.addAll(annotations.owners());
        }
        if (options.privileges()) {
            out.addAll(annotations.privileges());
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- types

    private void types() {
        List<TypeInfo> rest = new ArrayList<>();
        for (TypeInfo t : schema.types()) {
            if (t.kind() == TypeKind.ENUM) {
                out.add("CREATE TYPE " + q(t.ref()) + " AS ENUM ("
                        + String.join(", ", t.enumLabels().stream().map(Quoting::literal).toList()) + ")");
            } else {
                rest.add(t);
            }
        }
        for (TypeInfo t : dependencyOrder(rest, TypeInfo::ref, DdlScript::typeTexts)) {
            switch (t.kind()) {
                case DOMAIN -> domain(t);
                case COMPOSITE -> out.add("CREATE TYPE " + q(t.ref()) + " AS ("
                        + String.join(", ", t.attributes().stream()
                        .map(a -> Quoting.ident(a.name()) + " " + a.dataType()).toList()) + ")");
                case RANGE -> out.add("CREATE TYPE " + q(t.ref()) + " AS RANGE (SUBTYPE = " + t.baseType() + ")");
                default -> {
                    // base types from C code cannot be recreated from the catalog
                }
            }
        }
    }

    private static List<String> typeTexts(TypeInfo t) {
        List<String> texts = new ArrayList<>();
        texts.add(t.baseType());
        texts.add(t.domainDefault());
        t.domainChecks().forEach(c -> texts.add(c.expression()));
        t.attributes().forEach(a -> texts.add(a.dataType()));
        return texts;
    }

    private void domain(TypeInfo t) {
        StringBuilder sb = new StringBuilder("CREATE DOMAIN ").append(q(t.ref())).append(" AS ").append(t.baseType());
        if (t.domainDefault() != null) {
            sb.append(" DEFAULT ").append(t.domainDefault());
        }
        if (t.domainNotNull()) {
            sb.append(" NOT NULL");
        }
        List<DomainCheck> notValid = new ArrayList<>();
        for (DomainCheck c : t.domainChecks()) {
            if (c.validated()) {
                sb.append(c.name() == null ? "" : " CONSTRAINT " + Quoting.ident(c.name()))
                        .append(" CHECK (").append(c.expression()).append(')');
            } else {
                notValid.add(c);
            }
        }
        out.add(sb.toString());
        for (DomainCheck c : notValid) {
            out.add("ALTER DOMAIN " + q(t.ref()) + " ADD CONSTRAINT " + Quoting.ident(c.name()) + " CHECK ("
                    + c.expression() + ") NOT VALID");
        }
    }

    // ---------------------------------------------------------------- sequences

    private static String sequenceOptions(SequenceInfo s) {
        return " INCREMENT BY " + s.increment() + " MINVALUE " + s.min() + " MAXVALUE " + s.max() + " START WITH "
                + s.start() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }

    private void sequenceOwnershipAndValues() {
        for (SequenceInfo s : schema.sequences()) {
            if (!identitySequences.contains(s.ref()) && s.ownedBy() != null) {
                String owner = ownerColumn(s.ownedBy());
                if (owner != null) {
                    out.add("ALTER SEQUENCE " + q(s.ref()) + " OWNED BY " + owner);
                }
            }
            if (s.lastValue() != null) {
                out.add("SELECT pg_catalog.setval(" + Quoting.literal(q(s.ref())) + ", " + s.lastValue() + ", true)");
            }
        }
    }

    /** The quoted {@code table.column} an {@code ownedBy} text ({@code schema.table.column}) names, if known. */
    private String ownerColumn(String ownedBy) {
        for (TableInfo t : tables.values()) {
            String prefix = t.ref().schema() + "." + t.ref().name() + ".";
            if (ownedBy.startsWith(prefix)) {
                String column = ownedBy.substring(prefix.length());
                if (t.column(column).isPresent()) {
                    return q(t.ref()) + "." + Quoting.ident(column);
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- routines

    /** Emits routines that need no relation; returns those whose signature or SQL body names one. */
    private List<RoutineInfo> routines() {
        Set<String> relationNames = new HashSet<>();
        tables.keySet().forEach(r -> relationNames.add(q(r)));
        schema.views().forEach(v -> relationNames.add(q(v.ref())));
        List<RoutineInfo> late = new ArrayList<>();
        List<RoutineInfo> aggregates = new ArrayList<>();
        for (RoutineInfo r : schema.routines()) {
            if (r.definition() == null) {
                continue;
            }
            String signature = r.arguments() + " " + (r.returnType() == null ? "" : r.returnType());
            boolean namesRelation = relationNames.stream().anyMatch(n -> mentions(signature, n));
            boolean atomicBody = r.definition().contains("BEGIN ATOMIC");
            if (namesRelation || atomicBody) {
                late.add(r);
            } else if (r.kind() == RoutineKind.AGGREGATE) {
                aggregates.add(r);
            } else {
                routine(r);
            }
        }
        aggregates.forEach(this::routine);
        return late;
    }

    private void routine(RoutineInfo r) {
        out.add(stripSemicolon(r.definition()));
    }

    // ---------------------------------------------------------------- tables

    private void foreignServers() {
        Set<String> seen = new LinkedHashSet<>();
        for (TableInfo t : tables.values()) {
            String server = t.options().get(OptionKeys.FOREIGN_SERVER);
            if (server != null && seen.add(server)) {
                String options = t.options().get(OptionKeys.FOREIGN_SERVER_OPTIONS);
                out.add("CREATE SERVER IF NOT EXISTS " + Quoting.ident(server) + " FOREIGN DATA WRAPPER "
                        + Quoting.ident(t.options().get(OptionKeys.FOREIGN_DATA_WRAPPER))
                        + (options == null ? "" : " OPTIONS (" + options + ")"));
            }
        }
    }

    private void createTable(TableInfo t) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (t.kind() == TableKind.FOREIGN) {
            sb.append("FOREIGN ");
        } else if ("unlogged".equals(t.options().get(OptionKeys.PERSISTENCE))) {
            sb.append("UNLOGGED ");
        }
        sb.append("TABLE ").append(q(t.ref())).append(" (");
        List<String> columns = new ArrayList<>();
        for (ColumnInfo c : t.columns()) {
            columns.add(column(c));
        }
        sb.append(String.join(", ", columns)).append(')');
        if (t.options().get(OptionKeys.INHERITS) != null) {
            sb.append(" INHERITS (").append(t.options().get(OptionKeys.INHERITS)).append(')');
        }
        if (t.partition() != null && t.partition().strategy() != null) {
            sb.append(" PARTITION BY ").append(t.partition().strategy()).append(" (").append(t.partition().key())
                    .append(')');
        }
        if (t.kind() == TableKind.FOREIGN) {
            sb.append(" SERVER ").append(Quoting.ident(t.options().get(OptionKeys.FOREIGN_SERVER)));
            String options = t.options().get(OptionKeys.FOREIGN_TABLE_OPTIONS);
            if (options != null) {
                sb.append(" OPTIONS (").append(options).append(')');
            }
        } else if (t.options().get(OptionKeys.RELOPTIONS) != null) {
            sb.append(" WITH (").append(t.options().get(OptionKeys.RELOPTIONS)).append(')');
        }
        out.add(sb.toString());
    }

    private static String column(ColumnInfo c) {
        StringBuilder sb = new StringBuilder(Quoting.ident(c.name())).append(' ').append(c.type().declared());
        for (int i = 1; i < c.type().arrayDimensions(); i++) {
            sb.append("[]");
        }
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(c.collation());
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated().expression()).append(')')
                    .append(c.generated().stored() ? " STORED" : " VIRTUAL");
        } else if (c.identity() != null) {
            ColumnIdentity id = c.identity();
            sb.append(" GENERATED ").append(id.generation() == IdentityGeneration.ALWAYS ? "ALWAYS" : "BY DEFAULT")
                    .append(" AS IDENTITY");
            SequenceInfo s = id.sequence();
            if (s != null) {
                sb.append(" (SEQUENCE NAME ").append(q(s.ref())).append(sequenceOptions(s)).append(')');
            }
        } else if (c.defaultValue() != null) {
            sb.append(" DEFAULT ").append(c.defaultValue());
        }
        if (!c.nullable()) {
            sb.append(" NOT NULL");
        }
        return sb.toString();
    }

    private int depth(TableInfo t) {
        int d = 0;
        TableInfo cur = t;
        Set<TableRef> seen = new HashSet<>();
        while (cur.partition() != null && cur.partition().parent() != null && seen.add(cur.ref())) {
            d++;
            cur = tables.get(cur.partition().parent());
            if (cur == null) {
                break;
            }
        }
        return d;
    }

    // ---------------------------------------------------------------- views

    private void views() {
        for (ViewInfo v : dependencyOrder(schema.views(), ViewInfo::ref, view -> List.of(
                view.definition() == null ? "" : view.definition()))) {
            if (v.definition() == null) {
                continue;
            }
            out.add("CREATE " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + q(v.ref()) + " AS "
                    + stripSemicolon(v.definition()).strip());
            for (ColumnInfo c : v.columns()) {
                if (c.defaultValue() != null) {
                    out.add("ALTER " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + q(v.ref())
                            + " ALTER COLUMN " + Quoting.ident(c.name()) + " SET DEFAULT " + c.defaultValue());
                }
            }
        }
    }

    // ---------------------------------------------------------------- constraints and indexes

    private void keysAndChecks() {
        List<String> attach = new ArrayList<>();
        for (TableInfo t : tables.values()) {
            for (ConstraintInfo c : t.constraints()) {
                IndexInfo backing = backingIndex(t, c.name());
                String index = backing == null ? "" : indexTail(backing);
                String only = onlyFor(t);
                if (c instanceof PrimaryKey pk) {
                    boolean deferrable = backing != null && "true".equals(backing.options().get(OptionKeys.DEFERRABLE));
                    boolean deferred = backing != null
                            && "true".equals(backing.options().get(OptionKeys.INITIALLY_DEFERRED));
                    out.add("ALTER TABLE " + only + q(t.ref()) + " ADD CONSTRAINT " + Quoting.ident(pk.name())
                            + " PRIMARY KEY (" + idents(pk.columns()) + ")" + index + deferral(deferrable, deferred));
                } else if (c instanceof UniqueConstraint u) {
                    out.add("ALTER TABLE " + only + q(t.ref()) + " ADD CONSTRAINT " + Quoting.ident(u.name())
                            + " UNIQUE" + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + " ("
                            + idents(u.columns()) + ")" + index + deferral(u.deferrable(), u.initiallyDeferred()));
                } else if (c instanceof ExclusionConstraint x) {
                    List<String> elements = new ArrayList<>();
                    List<IndexElement> keys = backing == null ? List.of() : backing.elements();
                    for (int k = 0; k < x.elements().size(); k++) {
                        ExclusionElement e = x.elements().get(k);
                        // the backing index knows the operator class, collation and order of each element
                        String expr = k < keys.size() ? element(keys.get(k))
                                : t.column(e.expression()).isPresent() ? Quoting.ident(e.expression())
                                : e.expression();
                        elements.add(expr + " WITH " + e.operator());
                    }
                    out.add("ALTER TABLE " + only + q(t.ref()) + " ADD CONSTRAINT " + Quoting.ident(x.name())
                            + " EXCLUDE USING " + x.method() + " (" + String.join(", ", elements) + ")" + index
                            + (x.predicate() == null ? "" : " WHERE (" + x.predicate() + ")")
                            + deferral(x.deferrable(), x.initiallyDeferred()));
                } else if (c instanceof CheckConstraint ch && !inheritedFromParent(t, ch)) {
                    out.add("ALTER TABLE " + q(t.ref()) + " ADD CONSTRAINT " + Quoting.ident(ch.name()) + " CHECK ("
                            + ch.expression() + ")" + (ch.validated() ? "" : " NOT VALID"));
                }
                if (backing != null && backing.options().get(OptionKeys.PARENT) != null) {
                    attach.add("ALTER INDEX " + backing.options().get(OptionKeys.PARENT) + " ATTACH PARTITION "
                            + q(t.ref().schema(), backing.name()));
                }
            }
        }
        out.addAll(attach);
    }

    private void indexes() {
        List<String> attach = new ArrayList<>();
        List<IndexInfo> all = new ArrayList<>();
        Map<TableRef, TableKind> kinds = new HashMap<>();
        for (TableInfo t : tables.values()) {
            all.addAll(t.indexes());
            kinds.put(t.ref(), t.kind());
        }
        for (ViewInfo v : schema.views()) {
            all.addAll(v.indexes());
        }
        for (IndexInfo i : all) {
            if (i.constraintBacked() || !i.valid()) {
                // constraint indexes come with their constraint; invalid ones are skipped, as pg_dump does
                continue;
            }
            boolean partitioned = kinds.get(i.table()) == TableKind.PARTITIONED;
            StringBuilder sb = new StringBuilder("CREATE ");
            if (i.unique()) {
                sb.append("UNIQUE ");
            }
            sb.append("INDEX ").append(Quoting.ident(i.name())).append(" ON ").append(partitioned ? "ONLY " : "")
                    .append(q(i.table()));
            if (i.method() != null) {
                sb.append(" USING ").append(i.method());
            }
            List<String> elements = new ArrayList<>();
            for (IndexElement e : i.elements()) {
                elements.add(element(e));
            }
            sb.append(" (").append(String.join(", ", elements)).append(')').append(indexTail(i));
            if (i.nullsNotDistinct()) {
                sb.append(" NULLS NOT DISTINCT");
            }
            if (i.predicate() != null) {
                sb.append(" WHERE ").append(i.predicate());
            }
            out.add(sb.toString());
            if (i.options().get(OptionKeys.PARENT) != null) {
                attach.add("ALTER INDEX " + i.options().get(OptionKeys.PARENT) + " ATTACH PARTITION "
                        + q(i.table().schema(), i.name()));
            }
        }
        out.addAll(attach);
    }

    private static String element(IndexElement e) {
        StringBuilder sb = new StringBuilder(e.isExpression() ? e.expression() : Quoting.ident(e.column()));
        if (e.collation() != null) {
            sb.append(" COLLATE ").append(e.collation());
        }
        if (e.opclass() != null) {
            sb.append(' ').append(e.opclass());
        }
        if (e.order() == SortOrder.DESC) {
            sb.append(" DESC");
        }
        if (e.nulls() == NullsOrder.FIRST) {
            sb.append(" NULLS FIRST");
        } else if (e.nulls() == NullsOrder.LAST) {
            sb.append(" NULLS LAST");
        }
        return sb.toString();
    }

    /** INCLUDE columns and storage parameters of an index, as they follow the key list. */
    private static String indexTail(IndexInfo i) {
        StringBuilder sb = new StringBuilder();
        if (!i.include().isEmpty()) {
            sb.append(" INCLUDE (").append(idents(i.include())).append(')');
        }
        if (i.options().get(OptionKeys.RELOPTIONS) != null) {
            sb.append(" WITH (").append(i.options().get(OptionKeys.RELOPTIONS)).append(')');
        }
        return sb.toString();
    }

    private void foreignKeys() {
        for (TableInfo t : tables.values()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (inheritedFromParent(t, fk)) {
                    continue;
                }
                StringBuilder sb = new StringBuilder("ALTER TABLE ").append(q(t.ref())).append(" ADD CONSTRAINT ")
                        .append(Quoting.ident(fk.name())).append(" FOREIGN KEY (").append(idents(fk.columns()))
                        .append(") REFERENCES ").append(q(fk.referencedTable()));
                if (!fk.referencedColumns().isEmpty()) {
                    sb.append(" (").append(idents(fk.referencedColumns())).append(')');
                }
                if (fk.match() != MatchType.SIMPLE) {
                    sb.append(" MATCH ").append(fk.match().name());
                }
                if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
                    sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
                }
                if (fk.onDelete() != ReferentialAction.NO_ACTION) {
                    sb.append(" ON DELETE ").append(fk.onDelete().sql());
                }
                sb.append(deferral(fk.deferrable(), fk.initiallyDeferred()));
                if (!fk.validated()) {
                    sb.append(" NOT VALID");
                }
                out.add(sb.toString());
            }
        }
    }

    /**
     * True when a partition's constraint is the copy of its parent's: a constraint of the same kind and name exists
     * on the parent, and adding it there recreates this one.
     */
    private boolean inheritedFromParent(TableInfo t, ConstraintInfo c) {
        if (t.partition() == null || t.partition().parent() == null) {
            return false;
        }
        TableInfo parent = tables.get(t.partition().parent());
        return parent != null && parent.constraints().stream()
                .anyMatch(p -> p.getClass() == c.getClass() && Objects.equals(p.name(), c.name()));
    }

    private static IndexInfo backingIndex(TableInfo t, String constraint) {
        return t.indexes().stream().filter(i -> Objects.equals(i.constraint(), constraint)).findFirst().orElse(null);
    }

    /** {@code ONLY } for partitioned tables, whose partitions get their own named keys and are attached after. */
    private static String onlyFor(TableInfo t) {
        return t.kind() == TableKind.PARTITIONED ? "ONLY " : "";
    }

    private static String deferral(boolean deferrable, boolean deferred) {
        if (!deferrable) {
            return "";
        }
        return deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    }

    // ---------------------------------------------------------------- triggers, comments, owners, security

    private void triggers() {
        for (TableInfo t : tables.values()) {
            t.triggers().forEach(this::trigger);
        }
        for (ViewInfo v : schema.views()) {
            v.triggers().forEach(this::trigger);
        }
    }

    private void trigger(TriggerInfo t) {
        if (t.definition() != null) {
            out.add(stripSemicolon(t.definition()));
        }
    }

    private void comments() {
        for (TypeInfo t : schema.types()) {
            if (t.comment() != null) {
                out.add("COMMENT ON " + (t.kind() == TypeKind.DOMAIN ? "DOMAIN " : "TYPE ") + q(t.ref()) + " IS "
                        + Quoting.literal(t.comment()));
            }
        }
        for (TableInfo t : tables.values()) {
            relationComments(t.kind() == TableKind.FOREIGN ? "FOREIGN TABLE " : "TABLE ", t.ref(), t.comment(),
                    t.columns());
        }
        for (ViewInfo v : schema.views()) {
            relationComments(v.materialized() ? "MATERIALIZED VIEW " : "VIEW ", v.ref(), v.comment(), v.columns());
        }
    }

    private void relationComments(String kind, TableRef ref, String comment, List<ColumnInfo> columns) {
        if (comment != null) {
            out.add("COMMENT ON " + kind + q(ref) + " IS " + Quoting.literal(comment));
        }
        for (ColumnInfo c : columns) {
            if (c.comment() != null) {
                out.add("COMMENT ON COLUMN " + q(ref) + "." + Quoting.ident(c.name()) + " IS "
                        + Quoting.literal(c.comment()));
            }
        }
    }

    private void owners() {
        for (TypeInfo t : schema.types()) {
            if (t.owner() != null) {
                out.add("ALTER " + (t.kind() == TypeKind.DOMAIN ? "DOMAIN " : "TYPE ") + q(t.ref()) + " OWNER TO "
                        + Quoting.ident(t.owner()));
            }
        }
        for (TableInfo t : tables.values()) {
            if (t.owner() != null) {
                out.add("ALTER " + (t.kind() == TableKind.FOREIGN ? "FOREIGN TABLE " : "TABLE ") + q(t.ref())
                        + " OWNER TO " + Quoting.ident(t.owner()));
            }
        }
        for (ViewInfo v : schema.views()) {
            if (v.owner() != null && v.definition() != null) {
                out.add("ALTER " + (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + q(v.ref()) + " OWNER TO "
                        + Quoting.ident(v.owner()));
            }
        }
    }

    private void rowLevelSecurity() {
        for (TableInfo t : tables.values()) {
            if (t.rowLevelSecurity()) {
                out.add("ALTER TABLE " + q(t.ref()) + " ENABLE ROW LEVEL SECURITY");
            }
            if ("true".equals(t.options().get(OptionKeys.FORCE_ROW_LEVEL_SECURITY))) {
                out.add("ALTER TABLE " + q(t.ref()) + " FORCE ROW LEVEL SECURITY");
            }
            for (PolicyInfo p : t.policies()) {
                StringBuilder sb = new StringBuilder("CREATE POLICY ").append(Quoting.ident(p.name())).append(" ON ")
                        .append(q(t.ref())).append(p.permissive() ? " AS PERMISSIVE" : " AS RESTRICTIVE")
                        .append(" FOR ").append(p.command());
                if (!p.roles().isEmpty()) {
                    sb.append(" TO ").append(String.join(", ", p.roles().stream()
                            .map(r -> r.equals("public") ? "PUBLIC" : Quoting.ident(r)).toList()));
                }
                if (p.using() != null) {
                    sb.append(" USING (").append(p.using()).append(')');
                }
                if (p.withCheck() != null) {
                    sb.append(" WITH CHECK (").append(p.withCheck()).append(')');
                }
                out.add(sb.toString());
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String q(TableRef ref) {
        return Quoting.qualified(ref.schema(), ref.name());
    }

    private static String q(String schema, String name) {
        return Quoting.qualified(schema, name);
    }

    private static String idents(List<String> names) {
        return String.join(", ", names.stream().map(Quoting::ident).toList());
    }

    private static String stripSemicolon(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** True when {@code text} contains {@code name} not followed by more identifier characters. */
    static boolean mentions(String text, String name) {
        if (text == null) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(name, from);
            if (at < 0) {
                return false;
            }
            int end = at + name.length();
            boolean startOk = at == 0 || !isIdentifierChar(text.charAt(at - 1));
            boolean endOk = end >= text.length() || !isIdentifierChar(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /**
     * Orders objects so that each comes after the others its texts mention by qualified name; ties and cycles keep
     * the input order.
     */
    private static <T> List<T> dependencyOrder(List<T> items, Function<T, TableRef> ref,
                                               Function<T, List<String>> texts) {
        List<String> names = items.stream().map(i -> q(ref.apply(i))).toList();
        Map<T, Set<T>> needs = new LinkedHashMap<>();
        boolean any = false;
        for (T item : items) {
            Set<T> deps = new LinkedHashSet<>();
            List<String> itemTexts = texts.apply(item).stream().filter(t -> t != null && !t.isBlank()).toList();
            for (int i = 0; i < items.size() && !itemTexts.isEmpty(); i++) {
                T other = items.get(i);
                String name = names.get(i);
                if (other != item && itemTexts.stream().anyMatch(text -> mentions(text, name))) {
                    deps.add(other);
                }
            }
            any |= !deps.isEmpty();
            needs.put(item, deps);
        }
        if (!any) {
            return items;
        }
        List<T> ordered = new ArrayList<>();
        Set<T> done = new HashSet<>();
        boolean progress = true;
        while (ordered.size() < items.size() && progress) {
            progress = false;
            for (T item : items) {
                if (!done.contains(item) && done.containsAll(needs.get(item))) {
                    ordered.add(item);
                    done.add(item);
                    progress = true;
                }
            }
        }
        for (T item : items) {
            if (!done.contains(item)) {
                ordered.add(item);
            }
        }
        return ordered;
    }
}
