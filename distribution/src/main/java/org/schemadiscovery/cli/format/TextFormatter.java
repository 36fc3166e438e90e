package org.schemadiscovery.cli.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.Relationship;
import org.schemadiscovery.api.model.RelationshipKind;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.TypeKind;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * A readable, aligned plain-text description: a summary, then each table with its columns, keys, indexes and
 * triggers, then views, other objects, relationships and recommendations. Warnings are not part of it: the CLI
 * prints them on standard error.
 */
public final class TextFormatter implements SchemaFormatter {

    @Override
    public String format(SchemaInfo schema) {
        Set<String> schemas = ModelText.schemasOf(schema);
        StringBuilder out = new StringBuilder();
        summary(schema, out);
        schemaDetails(schema, out);
        for (TableInfo table : schema.tables()) {
            out.append('\n');
            table(table, schemas, out);
        }
        for (ViewInfo view : schema.views()) {
            out.append('\n');
            view(view, schemas, out);
        }
        otherObjects(schema, out);
        relationships(schema.relationships(), schemas, out);
        recommendations(schema.recommendations(), out);
        return out.toString();
    }

    private static void summary(SchemaInfo schema, StringBuilder out) {
        TextTable t = new TextTable();
        t.row("Database", ModelText.databaseName(schema.identity()));
        t.row("Product", ModelText.product(schema.identity()));
        t.row("Dialect", schema.identity().dialect());
        t.row("URL", schema.identity().url());
        if (!schema.schemas().isEmpty()) {
            t.row("Schemas", String.join(", ", schema.schemas()));
        }
        t.row("Contents", contents(schema));
        t.appendTo(out, "");
    }

    /** Owner, comment and privileges of each schema that has any. */
    private static void schemaDetails(SchemaInfo schema, StringBuilder out) {
        TextTable t = new TextTable();
        for (SchemaDetails d : schema.schemaDetails()) {
            String summary = Annotated.summary(d.owner(), d.comment(), d.privileges());
            if (!summary.isEmpty()) {
                t.row("SCHEMA", d.name(), summary);
            }
        }
        if (!t.isEmpty()) {
            out.append('\n');
            t.appendTo(out, "");
        }
    }

    /** {@code 5 tables, 1 view, 4 foreign keys, 8 indexes}. */
    static String contents(SchemaInfo schema) {
        long fks = schema.tables().stream().mapToLong(t -> t.foreignKeys().size()).sum();
        long indexes = schema.tables().stream().mapToLong(t -> t.indexes().size()).sum();
        List<String> parts = new ArrayList<>();
        parts.add(count(schema.tables().size(), "table"));
        parts.add(count(schema.views().size(), "view"));
        parts.add(count(fks, "foreign key"));
        parts.add(count(indexes, "index", "indexes"));
        if (!schema.sequences().isEmpty()) {
            parts.add(count(schema.sequences().size(), "sequence"));
        }
        if (!schema.types().isEmpty()) {
            parts.add(count(schema.types().size(), "type"));
        }
        if (!schema.routines().isEmpty()) {
            parts.add(count(schema.routines().size(), "routine"));
        }
        return String.join(", ", parts);
    }

    private static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    private static void table(TableInfo table, Set<String> schemas, StringBuilder out) {
        out.append(kindLabel(table.kind())).append(' ').append(ModelText.name(table.ref(), schemas)).append('\n');
        if (table.comment() != null) {
            out.append("  Comment: ").append(oneLine(table.comment())).append('\n');
        }
        if (!table.options().isEmpty()) {
            out.append("  Options: ").append(options(table.options())).append('\n');
        }
        if (table.rowEstimate() != null) {
            out.append("  Rows (estimate): ").append(table.rowEstimate()).append('\n');
        }
        if (table.partition() != null) {
            out.append("  ").append(partition(table, schemas)).append('\n');
        }
        columns(table, out);
        TextTable keys = new TextTable();
        for (ConstraintInfo c : table.constraints()) {
            keys.row(ModelText.kind(c), nullToEmpty(c.name()), ModelText.definition(c, schemas),
                    commentCell(c.comment()));
        }
        for (IndexInfo i : table.indexes()) {
            if (!i.constraintBacked()) {
                keys.row(i.unique() ? "UNIQUE INDEX" : "INDEX", i.name(),
                        ModelText.index(i).replaceFirst("^UNIQUE ", ""), commentCell(i.comment()));
            } else if (i.comment() != null) {
                keys.row("INDEX", i.name(), "backs " + i.constraint(), commentCell(i.comment()));
            }
        }
        if (!keys.isEmpty()) {
            out.append("  Keys and indexes:\n");
            keys.appendTo(out, "    ");
        }
        triggers(table.triggers(), out);
        if (!table.privileges().isEmpty()) {
            out.append("  Privileges: ").append(Annotated.privileges(table.privileges())).append('\n');
        }
        if (table.rowLevelSecurity() || !table.policies().isEmpty()) {
            out.append("  Row-level security: ").append(table.rowLevelSecurity() ? "enabled" : "disabled").append('\n');
            TextTable p = new TextTable();
            for (PolicyInfo policy : table.policies()) {
                p.row(policy.name(), policy(policy), commentCell(policy.comment()));
            }
            p.appendTo(out, "    ");
        }
    }

    private static void columns(TableInfo table, StringBuilder out) {
        boolean extras = table.columns().stream().anyMatch(c -> !ModelText.columnExtra(c).isEmpty());
        boolean comments = table.columns().stream().anyMatch(c -> c.comment() != null);
        TextTable t = new TextTable();
        List<String> header = new ArrayList<>(List.of("Column", "Type", "Nullable", "Default", "Key"));
        if (extras) {
            header.add("Extra");
        }
        if (comments) {
            header.add("Comment");
        }
        t.row(header.toArray(String[]::new));
        for (ColumnInfo c : table.columns()) {
            List<String> row = new ArrayList<>(List.of(c.name(), c.type().declared(), c.nullable() ? "yes" : "no",
                    nullToEmpty(c.defaultValue()), String.join(", ", ModelText.keyMarkers(table, c))));
            if (extras) {
                row.add(ModelText.columnExtra(c));
            }
            if (comments) {
                row.add(oneLine(nullToEmpty(c.comment())));
            }
            t.row(row.toArray(String[]::new));
        }
        t.appendTo(out, "  ");
    }

    private static void triggers(List<TriggerInfo> triggers, StringBuilder out) {
        if (triggers.isEmpty()) {
            return;
        }
        out.append("  Triggers:\n");
        TextTable t = new TextTable();
        for (TriggerInfo trigger : triggers) {
            t.row(trigger.name(), trigger(trigger), commentCell(trigger.comment()));
        }
        t.appendTo(out, "    ");
    }

    /** {@code AFTER INSERT OR UPDATE OF a FOR EACH ROW EXECUTE f}. */
    static String trigger(TriggerInfo trigger) {
        StringBuilder sb = new StringBuilder(nullToEmpty(trigger.timing()));
        sb.append(' ').append(String.join(" OR ", trigger.events()));
        if (!trigger.columns().isEmpty()) {
            sb.append(" OF ").append(String.join(", ", trigger.columns()));
        }
        sb.append(trigger.forEachRow() ? " FOR EACH ROW" : " FOR EACH STATEMENT");
        if (trigger.function() != null) {
            sb.append(" EXECUTE ").append(trigger.function());
        }
        return sb.toString().strip();
    }

    static String policy(PolicyInfo p) {
        StringBuilder sb = new StringBuilder(p.permissive() ? "PERMISSIVE" : "RESTRICTIVE");
        sb.append(" FOR ").append(p.command());
        if (!p.roles().isEmpty()) {
            sb.append(" TO ").append(String.join(", ", p.roles()));
        }
        if (p.using() != null) {
            sb.append(" USING (").append(p.using()).append(')');
        }
        if (p.withCheck() != null) {
            sb.append(" WITH CHECK (").append(p.withCheck()).append(')');
        }
        return sb.toString();
    }

    private static void view(ViewInfo view, Set<String> schemas, StringBuilder out) {
        out.append(view.materialized() ? "MATERIALIZED VIEW " : "VIEW ").append(ModelText.name(view.ref(), schemas))
                .append('\n');
        if (view.comment() != null) {
            out.append("  Comment: ").append(oneLine(view.comment())).append('\n');
        }
        if (!view.privileges().isEmpty()) {
            out.append("  Privileges: ").append(Annotated.privileges(view.privileges())).append('\n');
        }
        if (!view.columns().isEmpty()) {
            TextTable t = new TextTable().row("Column", "Type");
            view.columns().forEach(c -> t.row(c.name(), c.type().declared()));
            t.appendTo(out, "  ");
        }
        if (!view.indexes().isEmpty()) {
            out.append("  Indexes:\n");
            TextTable t = new TextTable();
            view.indexes().forEach(i -> t.row(i.name(), ModelText.index(i)));
            t.appendTo(out, "    ");
        }
        if (view.definition() != null && !view.definition().isBlank()) {
            out.append("  Definition:\n");
            view.definition().strip().lines().forEach(l -> out.append("    ").append(l.stripTrailing()).append('\n'));
        }
    }

    private static void otherObjects(SchemaInfo schema, StringBuilder out) {
        Set<String> schemas = ModelText.schemasOf(schema);
        TextTable t = new TextTable();
        for (SequenceInfo s : schema.sequences()) {
            t.row("SEQUENCE", ModelText.name(s.ref(), schemas), sequence(s),
                    Annotated.summary(s.owner(), s.comment(), s.privileges()));
        }
        for (TypeInfo type : schema.types()) {
            t.row("TYPE", ModelText.name(type.ref(), schemas), type(type));
        }
        for (RoutineInfo r : schema.routines()) {
            t.row(r.kind().name(), ModelText.name(r.ref(), schemas) + "(" + r.arguments() + ")", routine(r),
                    Annotated.summary(r.owner(), r.comment(), r.privileges()));
        }
        for (ExtensionInfo e : schema.extensions()) {
            t.row("EXTENSION", e.name(), (nullToEmpty(e.version()) + (e.schema() == null ? "" : " in " + e.schema()))
                    .strip(), Annotated.summary(null, e.comment(), List.of()));
        }
        if (!t.isEmpty()) {
            out.append('\n');
            t.appendTo(out, "");
        }
    }

    static String sequence(SequenceInfo s) {
        String text = nullToEmpty(s.dataType()) + " START " + s.start() + " INCREMENT " + s.increment();
        if (s.ownedBy() != null) {
            text += " OWNED BY " + s.ownedBy();
        }
        return text.strip();
    }

    static String type(TypeInfo type) {
        if (type.kind() == TypeKind.ENUM) {
            return "ENUM (" + type.enumLabels().stream().map(l -> "'" + l.replace("'", "''") + "'")
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (type.kind() == TypeKind.COMPOSITE) {
            return "COMPOSITE (" + type.attributes().stream().map(a -> a.name() + " " + a.dataType())
                    .collect(Collectors.joining(", ")) + ")";
        }
        String text = type.kind().name() + (type.baseType() == null ? "" : " " + type.baseType());
        if (type.domainNotNull()) {
            text += " NOT NULL";
        }
        for (var check : type.domainChecks()) {
            text += " CHECK (" + check.expression() + ")";
        }
        return text;
    }

    static String routine(RoutineInfo r) {
        String text = r.returnType() == null ? "" : "RETURNS " + r.returnType();
        if (r.language() != null) {
            text += " LANGUAGE " + r.language();
        }
        return text.strip();
    }

    private static void relationships(List<Relationship> relationships, Set<String> schemas, StringBuilder out) {
        if (relationships.isEmpty()) {
            return;
        }
        out.append("\nRelationships:\n");
        TextTable t = new TextTable();
        for (Relationship r : relationships) {
            String detail;
            if (r.kind() == RelationshipKind.MANY_TO_MANY) {
                detail = "via " + (r.junction() == null ? "?" : ModelText.name(r.junction(), schemas));
            } else {
                detail = ModelText.name(r.to(), schemas) + " " + ModelText.columnList(r.toColumns()) + " -> "
                        + ModelText.name(r.from(), schemas) + " " + ModelText.columnList(r.fromColumns());
            }
            t.row(ModelText.name(r.from(), schemas), ModelText.cardinality(r.kind()), ModelText.name(r.to(), schemas),
                    detail);
        }
        t.appendTo(out, "  ");
    }

    private static void recommendations(List<Recommendation> recommendations, StringBuilder out) {
        if (recommendations.isEmpty()) {
            return;
        }
        out.append("\nRecommendations:\n");
        for (Recommendation r : recommendations) {
            out.append("  ").append(r.severity()).append(' ').append(r.ruleId()).append(" on ").append(r.object())
                    .append(": ").append(oneLine(r.message())).append('\n');
            if (r.suggestedDdl() != null) {
                out.append("    ").append(oneLine(r.suggestedDdl())).append('\n');
            }
        }
    }

    static String kindLabel(TableKind kind) {
        return switch (kind) {
            case TABLE -> "TABLE";
            case PARTITIONED -> "PARTITIONED TABLE";
            case PARTITION -> "PARTITION";
            case FOREIGN -> "FOREIGN TABLE";
            case VIRTUAL -> "VIRTUAL TABLE";
        };
    }

    static String partition(TableInfo table, Set<String> schemas) {
        var p = table.partition();
        if (p.parent() != null) {
            return "Partition of " + ModelText.name(p.parent(), schemas) + (p.bound() == null ? "" : " " + p.bound());
        }
        return "Partitioned by " + nullToEmpty(p.strategy()).toUpperCase(Locale.ROOT) + " (" + nullToEmpty(p.key())
                + ")";
    }

    static String options(Map<String, String> options) {
        return options.entrySet().stream()
                .map(e -> e.getValue() == null || e.getValue().isEmpty() || e.getValue().equals("true")
                        ? e.getKey() : e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** {@code -- comment}, or null (an empty last cell prints nothing). */
    private static String commentCell(String comment) {
        return comment == null ? null : "-- " + oneLine(comment);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
