package org.schemadiscovery.cli.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.ViewInfo;

/**
 * One Markdown page per database in the manner of tbls' generated docs: a summary, an index of tables, then a
 * section per table (partitioning, columns with their parents and children, constraints, foreign keys, indexes,
 * triggers, row-level security policies), views, sequences, user-defined types (enums, domains, composites, ranges),
 * routines and extensions, an embedded mermaid ER diagram, recommendations and warnings: what the text and JSON
 * formats carry.
 */
public final class MarkdownFormatter implements SchemaFormatter {
    private final MermaidFormatter mermaid = new MermaidFormatter();

    @Override
    public String format(SchemaInfo schema) {
        Set<String> schemas = ModelText.schemasOf(schema);
        String title = ModelText.databaseName(schema.identity());
        Map<TableRef, String> anchors = new HashMap<>();
        StringBuilder body = new StringBuilder();
        // GitHub numbers repeated heading anchors in document order, so every heading before and between the table
        // sections counts, sub-headings included.
        Slugs slugs = new Slugs();
        slugs.add(title);
        slugs.add("Tables");
        for (TableInfo table : schema.tables()) {
            anchors.put(table.ref(), slugs.add(ModelText.name(table.ref(), schemas)));
            subHeadings(table).forEach(slugs::add);
        }
        for (TableInfo table : schema.tables()) {
            table(table, schema, schemas, anchors, body);
        }
        views(schema.views(), schemas, body);
        otherObjects(schema, schemas, body);
        relations(schema, body);
        recommendations(schema.recommendations(), body);
        warnings(schema.warnings(), body);

        StringBuilder out = new StringBuilder();
        out.append("# ").append(text(title)).append("\n\n");
        out.append("| | |\n| --- | --- |\n");
        out.append("| Product | ").append(text(ModelText.product(schema.identity()))).append(" |\n");
        out.append("| Dialect | ").append(text(String.valueOf(schema.identity().dialect()))).append(" |\n");
        out.append("| URL | ").append(code(schema.identity().url())).append(" |\n");
        if (!schema.schemas().isEmpty()) {
            out.append("| Schemas | ").append(text(String.join(", ", schema.schemas()))).append(" |\n");
        }
        out.append("| Contents | ").append(text(TextFormatter.contents(schema))).append(" |\n");
        out.append("\n## Tables\n\n");
        if (schema.tables().isEmpty()) {
            out.append("No tables.\n");
        } else {
            out.append("| Name | Columns | Type | Comment |\n| ---- | ------- | ---- | ------- |\n");
            for (TableInfo t : schema.tables()) {
                out.append("| ").append(link(ModelText.name(t.ref(), schemas), anchors.get(t.ref()))).append(" | ")
                        .append(t.columns().size()).append(" | ").append(TextFormatter.kindLabel(t.kind()))
                        .append(" | ").append(text(t.comment())).append(" |\n");
            }
        }
        return out.append(body).toString();
    }

    private static List<String> subHeadings(TableInfo table) {
        List<String> subs = new ArrayList<>();
        subs.add("Columns");
        if (table.constraints().stream().anyMatch(c -> !(c instanceof ForeignKey))) {
            subs.add("Constraints");
        }
        if (!table.foreignKeys().isEmpty()) {
            subs.add("Foreign keys");
        }
        if (!table.indexes().isEmpty()) {
            subs.add("Indexes");
        }
        if (!table.triggers().isEmpty()) {
            subs.add("Triggers");
        }
        if (!table.policies().isEmpty()) {
            subs.add("Policies");
        }
        return subs;
    }

    private static void table(TableInfo table, SchemaInfo schema, Set<String> schemas, Map<TableRef, String> anchors,
                              StringBuilder out) {
        out.append("\n## ").append(text(ModelText.name(table.ref(), schemas))).append("\n\n");
        if (table.comment() != null) {
            out.append(text(table.comment())).append("\n\n");
        }
        List<String> facts = new ArrayList<>();
        if (table.kind() != org.schemadiscovery.api.model.TableKind.TABLE) {
            facts.add("Type: " + TextFormatter.kindLabel(table.kind()));
        }
        if (table.partition() != null) {
            facts.add(code(TextFormatter.partition(table, schemas)));
        }
        if (!table.options().isEmpty()) {
            facts.add("Options: " + code(TextFormatter.options(table.options())));
        }
        if (table.owner() != null) {
            facts.add("Owner: " + text(table.owner()));
        }
        if (table.rowLevelSecurity()) {
            facts.add("Row-level security: enabled");
        }
        if (!table.privileges().isEmpty()) {
            facts.add("Privileges: " + text(Annotated.privileges(table.privileges())));
        }
        for (String fact : facts) {
            out.append("- ").append(fact).append('\n');
        }
        if (!facts.isEmpty()) {
            out.append('\n');
        }
        out.append("### Columns\n\n");
        out.append("| # | Name | Type | Nullable | Default | Extra | Key | Children | Parents | Comment |\n");
        out.append("| - | ---- | ---- | -------- | ------- | ----- | --- | -------- | ------- | ------- |\n");
        for (ColumnInfo c : table.columns()) {
            out.append("| ").append(c.ordinal()).append(" | ").append(text(c.name())).append(" | ")
                    .append(code(c.type().declared())).append(" | ").append(c.nullable() ? "yes" : "no")
                    .append(" | ").append(code(c.defaultValue())).append(" | ")
                    .append(text(ModelText.columnExtra(c))).append(" | ")
                    .append(String.join(", ", ModelText.keyMarkers(table, c))).append(" | ")
                    .append(links(children(schema, table.ref(), c.name()), schemas, anchors)).append(" | ")
                    .append(links(parents(table, c.name()), schemas, anchors)).append(" | ")
                    .append(text(c.comment())).append(" |\n");
        }
        List<ConstraintInfo> plain = table.constraints().stream().filter(c -> !(c instanceof ForeignKey)).toList();
        if (!plain.isEmpty()) {
            boolean comments = plain.stream().anyMatch(c -> c.comment() != null);
            out.append("\n### Constraints\n\n| Name | Type | Definition |").append(comments ? " Comment |" : "")
                    .append("\n| ---- | ---- | ---------- |").append(comments ? " ------- |" : "").append('\n');
            for (ConstraintInfo c : plain) {
                out.append("| ").append(text(c.name())).append(" | ").append(ModelText.kind(c)).append(" | ")
                        .append(code(ModelText.definition(c, schemas))).append(" |")
                        .append(comments ? " " + text(c.comment()) + " |" : "").append('\n');
            }
        }
        if (!table.foreignKeys().isEmpty()) {
            out.append("\n### Foreign keys\n\n| Name | Columns | References | On update | On delete |\n")
                    .append("| ---- | ------- | ---------- | --------- | --------- |\n");
            for (ForeignKey fk : table.foreignKeys()) {
                out.append("| ").append(text(fk.name())).append(" | ").append(text(String.join(", ", fk.columns())))
                        .append(" | ").append(link(ModelText.name(fk.referencedTable(), schemas),
                                anchors.get(fk.referencedTable())))
                        .append(fk.referencedColumns().isEmpty() ? ""
                                : " " + text(ModelText.columnList(fk.referencedColumns())))
                        .append(" | ").append(fk.onUpdate().sql()).append(" | ").append(fk.onDelete().sql())
                        .append(" |\n");
            }
        }
        if (!table.indexes().isEmpty()) {
            namedRows(out, "Indexes", table.indexes(), IndexInfo::name, ModelText::index, IndexInfo::comment);
        }
        if (!table.triggers().isEmpty()) {
            namedRows(out, "Triggers", table.triggers(), TriggerInfo::name, TextFormatter::trigger,
                    TriggerInfo::comment);
        }
        if (!table.policies().isEmpty()) {
            namedRows(out, "Policies", table.policies(), PolicyInfo::name, TextFormatter::policy,
                    PolicyInfo::comment);
        }
    }

    /** A {@code | Name | Definition |} section, with a Comment column when any row has a comment. */
    private static <T> void namedRows(StringBuilder out, String heading, List<T> items, Function<T, String> name,
                                      Function<T, String> definition, Function<T, String> comment) {
        boolean comments = items.stream().anyMatch(i -> comment.apply(i) != null);
        out.append("\n### ").append(heading).append("\n\n| Name | Definition |").append(comments ? " Comment |" : "")
                .append("\n| ---- | ---------- |").append(comments ? " ------- |" : "").append('\n');
        for (T item : items) {
            out.append("| ").append(text(name.apply(item))).append(" | ").append(code(definition.apply(item)))
                    .append(" |").append(comments ? " " + text(comment.apply(item)) + " |" : "").append('\n');
        }
    }

    /** Sequences, types, routines and extensions: one section each, when there are any. */
    private static void otherObjects(SchemaInfo schema, Set<String> schemas, StringBuilder out) {
        List<SchemaDetails> details = schema.schemaDetails().stream()
                .filter(d -> !Annotated.summary(d.owner(), d.comment(), d.privileges()).isEmpty()).toList();
        if (!details.isEmpty()) {
            out.append("\n## Schemas\n\n| Name | Owner | Comment | Privileges |\n")
                    .append("| ---- | ----- | ------- | ---------- |\n");
            for (SchemaDetails d : details) {
                out.append("| ").append(text(d.name())).append(" | ").append(text(d.owner())).append(" | ")
                        .append(text(d.comment())).append(" | ").append(text(Annotated.privileges(d.privileges())))
                        .append(" |\n");
            }
        }
        if (!schema.sequences().isEmpty()) {
            boolean annotated = schema.sequences().stream()
                    .anyMatch(q -> !Annotated.summary(q.owner(), q.comment(), q.privileges()).isEmpty());
            out.append("\n## Sequences\n\n| Name | Definition |").append(annotated ? " Details |" : "")
                    .append("\n| ---- | ---------- |").append(annotated ? " ------- |" : "").append('\n');
            for (SequenceInfo q : schema.sequences()) {
                out.append("| ").append(text(ModelText.name(q.ref(), schemas))).append(" | ")
                        .append(code(TextFormatter.sequence(q))).append(" |")
                        .append(annotated ? " " + text(Annotated.summary(q.owner(), q.comment(), q.privileges()))
                                + " |" : "").append('\n');
            }
        }
        if (!schema.types().isEmpty()) {
            out.append("\n## Types\n\n| Name | Kind | Definition | Comment |\n")
                    .append("| ---- | ---- | ---------- | ------- |\n");
            for (TypeInfo t : schema.types()) {
                out.append("| ").append(text(ModelText.name(t.ref(), schemas))).append(" | ").append(t.kind())
                        .append(" | ").append(code(TextFormatter.type(t))).append(" | ").append(text(t.comment()))
                        .append(" |\n");
            }
        }
        if (!schema.routines().isEmpty()) {
            boolean annotated = schema.routines().stream()
                    .anyMatch(r -> !Annotated.summary(r.owner(), r.comment(), r.privileges()).isEmpty());
            out.append("\n## Routines\n\n| Name | Kind | Returns |").append(annotated ? " Details |" : "")
                    .append("\n| ---- | ---- | ------- |").append(annotated ? " ------- |" : "").append('\n');
            for (RoutineInfo r : schema.routines()) {
                out.append("| ").append(text(ModelText.name(r.ref(), schemas) + "(" + r.arguments() + ")"))
                        .append(" | ").append(r.kind()).append(" | ").append(code(TextFormatter.routine(r)))
                        .append(" |").append(annotated ? " " + text(Annotated.summary(r.owner(), r.comment(),
                                r.privileges())) + " |" : "").append('\n');
            }
        }
        if (!schema.extensions().isEmpty()) {
            boolean comments = schema.extensions().stream().anyMatch(e -> e.comment() != null);
            out.append("\n## Extensions\n\n| Name | Version | Schema |").append(comments ? " Comment |" : "")
                    .append("\n| ---- | ------- | ------ |").append(comments ? " ------- |" : "").append('\n');
            for (ExtensionInfo e : schema.extensions()) {
                out.append("| ").append(text(e.name())).append(" | ").append(text(e.version())).append(" | ")
                        .append(text(e.schema())).append(" |").append(comments ? " " + text(e.comment()) + " |" : "")
                        .append('\n');
            }
        }
    }

    /** Tables whose foreign keys reference this column. */
    private static List<TableRef> children(SchemaInfo schema, TableRef table, String column) {
        Set<TableRef> refs = new LinkedHashSet<>();
        for (TableInfo t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.referencedTable().equals(table) && fk.referencedColumns().contains(column)) {
                    refs.add(t.ref());
                }
            }
        }
        return List.copyOf(refs);
    }

    /** Tables this column references. */
    private static List<TableRef> parents(TableInfo table, String column) {
        return table.foreignKeys().stream().filter(fk -> fk.columns().contains(column))
                .map(ForeignKey::referencedTable).distinct().toList();
    }

    private static String links(List<TableRef> refs, Set<String> schemas, Map<TableRef, String> anchors) {
        return refs.stream().map(r -> link(ModelText.name(r, schemas), anchors.get(r)))
                .collect(Collectors.joining(" "));
    }

    private static void views(List<ViewInfo> views, Set<String> schemas, StringBuilder out) {
        if (views.isEmpty()) {
            return;
        }
        out.append("\n## Views\n");
        for (ViewInfo v : views) {
            out.append("\n### ").append(text(ModelText.name(v.ref(), schemas)))
                    .append(v.materialized() ? " (materialized)" : "").append("\n\n");
            if (v.comment() != null) {
                out.append(text(v.comment())).append("\n\n");
            }
            if (!v.privileges().isEmpty()) {
                out.append("- Privileges: ").append(text(Annotated.privileges(v.privileges()))).append("\n\n");
            }
            if (!v.columns().isEmpty()) {
                out.append("| # | Name | Type |\n| - | ---- | ---- |\n");
                for (ColumnInfo c : v.columns()) {
                    out.append("| ").append(c.ordinal()).append(" | ").append(text(c.name())).append(" | ")
                            .append(code(c.type().declared())).append(" |\n");
                }
                out.append('\n');
            }
            if (v.definition() != null && !v.definition().isBlank()) {
                String fence = v.definition().contains("```") ? "~~~~" : "```";
                out.append(fence).append("sql\n").append(v.definition().strip()).append('\n').append(fence)
                        .append('\n');
            }
        }
    }

    private void relations(SchemaInfo schema, StringBuilder out) {
        if (schema.tables().isEmpty()) {
            return;
        }
        out.append("\n## Relations\n\n```mermaid\n").append(mermaid.format(schema)).append("```\n");
    }

    private static void recommendations(List<Recommendation> recommendations, StringBuilder out) {
        if (recommendations.isEmpty()) {
            return;
        }
        out.append("\n## Recommendations\n\n| Severity | Rule | Object | Message | Suggested DDL |\n")
                .append("| -------- | ---- | ------ | ------- | ------------- |\n");
        for (Recommendation r : recommendations) {
            out.append("| ").append(r.severity()).append(" | ").append(text(r.ruleId())).append(" | ")
                    .append(text(r.object())).append(" | ").append(text(r.message())).append(" | ")
                    .append(code(r.suggestedDdl())).append(" |\n");
        }
    }

    private static void warnings(List<DiscoveryWarning> warnings, StringBuilder out) {
        if (warnings.isEmpty()) {
            return;
        }
        out.append("\n## Warnings\n\n| Phase | Object | Class | Message |\n| ----- | ------ | ----- | ------- |\n");
        for (DiscoveryWarning w : warnings) {
            out.append("| ").append(text(w.phase())).append(" | ").append(text(w.object())).append(" | ")
                    .append(w.errorClass()).append(" | ").append(text(w.message())).append(" |\n");
        }
    }

    private static String link(String label, String anchor) {
        return anchor == null ? text(label) : "[" + text(label) + "](#" + anchor + ")";
    }

    /** Plain text in a table cell or heading: Markdown punctuation escaped, one line. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : oneLine(s).toCharArray()) {
            if ("\\`*[]<>|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** An inline code span that survives table cells: pipes escaped, backticks fenced with a longer run. */
    static String code(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        String body = oneLine(s).replace("|", "\\|");
        return body.contains("`") ? "`` " + body + " ``" : "`" + body + "`";
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    static final class Slugs {
        private final Map<String, Integer> seen = new HashMap<>();

        String add(String heading) {
            StringBuilder sb = new StringBuilder();
            for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
                if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                    sb.append(c);
                } else if (c == ' ') {
                    sb.append('-');
                }
            }
            String base = sb.toString();
            int n = seen.merge(base, 1, Integer::sum);
            return n == 1 ? base : base + "-" + (n - 1);
        }
    }
}
