package org.schemadiscovery.cli.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.schemadiscovery.api.diff.Added;
import org.schemadiscovery.api.diff.Altered;
import org.schemadiscovery.api.diff.AttributeChange;
import org.schemadiscovery.api.diff.ObjectName;
import org.schemadiscovery.api.diff.ObjectType;
import org.schemadiscovery.api.diff.Removed;
import org.schemadiscovery.api.diff.Renamed;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.api.model.DataType;

/**
 * The {@code diff} command's document. Text: grouped by schema, then by object (a table with its columns, indexes and
 * constraints), one line per change ({@code ~ column app.users.email  type varchar(100) → text, nullable yes → no});
 * JSON: the change list, versioned by {@value #FORMAT_VERSION}; Markdown: one table per object kind.
 */
public final class DiffFormatter {
    /** The JSON document's {@code formatVersion}. */
    public static final int FORMAT_VERSION = 1;
    /** Longer or multi-line values print in text and Markdown as "changed" (JSON carries them whole). */
    private static final int INLINE_LIMIT = 60;

    /**
     * What was compared, for the document's head.
     *
     * @param from    the from source, without credentials
     * @param to      the to source, without credentials
     * @param dialect the dialect of both
     */
    public record Sides(String from, String to, String dialect) {
    }

    private DiffFormatter() {
    }

    /** The document in this format. */
    public static String format(OutputFormat format, Sides sides, List<SchemaChange> changes) {
        return switch (format) {
            case JSON -> json(sides, changes);
            case MARKDOWN -> markdown(sides, changes);
            default -> text(changes);
        };
    }

    static String text(List<SchemaChange> changes) {
        if (changes.isEmpty()) {
            return "no differences\n";
        }
        StringBuilder out = new StringBuilder();
        Map<String, Map<String, List<SchemaChange>>> bySchema = new LinkedHashMap<>();
        for (SchemaChange c : changes) {
            bySchema.computeIfAbsent(schemaOf(c), k -> new LinkedHashMap<>())
                    .computeIfAbsent(ownerOf(c), k -> new ArrayList<>()).add(c);
        }
        for (var schema : bySchema.entrySet()) {
            out.append(out.length() == 0 ? "" : "\n").append(schema.getKey() == null ? "(no schema)"
                    : "schema " + schema.getKey()).append('\n');
            for (List<SchemaChange> object : schema.getValue().values()) {
                for (SchemaChange c : object) {
                    out.append("  ").append(line(c)).append('\n');
                }
            }
        }
        return out.append('\n').append(summary(changes)).append('\n').toString();
    }

    /** {@code ~ column app.users.email  type varchar(100) → text, nullable yes → no}. */
    public static String line(SchemaChange c) {
        String head = symbol(c) + " " + c.type().label() + " " + (c instanceof Renamed<?> r ? r.from().displayName()
                + " → " + r.name().displayName() : c.name().displayName());
        if (c.attributes().isEmpty()) {
            return head;
        }
        return head + "  " + c.attributes().stream().map(DiffFormatter::attribute).collect(Collectors.joining(", "));
    }

    private static String attribute(AttributeChange a) {
        String before = value(a.before());
        String after = value(a.after());
        if (!inline(before) || !inline(after)) {
            return a.name() + " changed";
        }
        if (before.equals(after)) {
            // Same spelling, different model (a type's array dimensions, say): show the model values.
            before = String.valueOf(a.before());
            after = String.valueOf(a.after());
        }
        return a.name() + " " + before + " → " + after;
    }

    /** "3 changes: 1 added, 1 removed, 1 altered". */
    static String summary(List<SchemaChange> changes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String kind : List.of("added", "removed", "altered", "renamed")) {
            long n = changes.stream().filter(c -> kind(c).equals(kind)).count();
            if (n > 0) {
                counts.put(kind, n);
            }
        }
        return changes.size() + (changes.size() == 1 ? " change: " : " changes: ") + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    static String json(Sides sides, List<SchemaChange> changes) {
        StringBuilder out = new StringBuilder("{\n  \"formatVersion\": ").append(FORMAT_VERSION)
                .append(",\n  \"from\": ").append(JsonText.string(sides.from()))
                .append(",\n  \"to\": ").append(JsonText.string(sides.to()))
                .append(",\n  \"dialect\": ").append(JsonText.string(sides.dialect()))
                .append(",\n  \"changes\": [");
        for (int i = 0; i < changes.size(); i++) {
            SchemaChange c = changes.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"change\": ").append(JsonText.string(kind(c)))
                    .append(", \"type\": ").append(JsonText.string(c.type().id()));
            name(out, "", c.name());
            if (c instanceof Renamed<?> r) {
                name(out, "from", r.from());
            }
            if (!c.attributes().isEmpty()) {
                out.append(", \"attributes\": [");
                for (int j = 0; j < c.attributes().size(); j++) {
                    AttributeChange a = c.attributes().get(j);
                    out.append(j == 0 ? "" : ", ").append("{\"name\": ").append(JsonText.string(a.name()))
                            .append(", \"before\": ").append(jsonValue(a.before()))
                            .append(", \"after\": ").append(jsonValue(a.after())).append('}');
                }
                out.append(']');
            }
            out.append('}');
        }
        return out.append(changes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** {@code "schema": ..., "table": ..., "name": ...}, or with a prefix {@code "fromSchema"} and so on. */
    private static void name(StringBuilder out, String prefix, ObjectName n) {
        out.append(", \"").append(key(prefix, "schema")).append("\": ").append(JsonText.string(n.schema()));
        if (n.parent() != null) {
            out.append(", \"").append(key(prefix, "table")).append("\": ").append(JsonText.string(n.parent()));
        }
        out.append(", \"").append(key(prefix, "name")).append("\": ").append(JsonText.string(n.name()));
    }

    private static String key(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String jsonValue(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        return JsonText.string(value(v));
    }

    static String markdown(Sides sides, List<SchemaChange> changes) {
        StringBuilder out = new StringBuilder("# Schema differences\n\n")
                .append("From ").append(MarkdownFormatter.code(sides.from())).append(" to ")
                .append(MarkdownFormatter.code(sides.to())).append(" (").append(sides.dialect()).append(").\n\n");
        if (changes.isEmpty()) {
            return out.append("No differences.\n").toString();
        }
        out.append(summary(changes)).append(".\n");
        Map<ObjectType, List<SchemaChange>> byType = new LinkedHashMap<>();
        for (ObjectType t : ObjectType.values()) {
            List<SchemaChange> of = changes.stream().filter(c -> c.type() == t).toList();
            if (!of.isEmpty()) {
                byType.put(t, of);
            }
        }
        for (var e : byType.entrySet()) {
            out.append("\n## ").append(heading(e.getKey())).append("\n\n")
                    .append("| Change | Name | Details |\n| ------ | ---- | ------- |\n");
            for (SchemaChange c : e.getValue()) {
                String name = c instanceof Renamed<?> r ? r.from().displayName() + " → " + r.name().displayName()
                        : c.name().displayName();
                out.append("| ").append(kind(c)).append(" | ").append(MarkdownFormatter.code(name)).append(" | ")
                        .append(MarkdownFormatter.text(c.attributes().stream().map(DiffFormatter::attribute)
                                .collect(Collectors.joining(", ")))).append(" |\n");
            }
        }
        return out.toString();
    }

    /** "Foreign keys", "Indexes", "Policies". */
    private static String heading(ObjectType type) {
        String label = type.label();
        String plural = label.endsWith("x") ? label + "es" : label.endsWith("y") && !label.endsWith("key")
                ? label.substring(0, label.length() - 1) + "ies" : label + "s";
        return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
    }

    private static String symbol(SchemaChange c) {
        if (c instanceof Added<?>) {
            return "+";
        }
        if (c instanceof Removed<?>) {
            return "-";
        }
        return c instanceof Altered<?> ? "~" : ">";
    }

    private static String kind(SchemaChange c) {
        if (c instanceof Added<?>) {
            return "added";
        }
        if (c instanceof Removed<?>) {
            return "removed";
        }
        return c instanceof Altered<?> ? "altered" : "renamed";
    }

    private static String schemaOf(SchemaChange c) {
        return c.type() == ObjectType.SCHEMA ? c.name().name() : c.name().schema();
    }

    /** The table a column, index, constraint, trigger or policy belongs to; else the object itself. */
    private static String ownerOf(SchemaChange c) {
        return c.name().parent() != null ? c.name().parent() : c.name().name();
    }

    /** An attribute value as text: a type as declared, yes/no, lists comma-separated, none for unset. */
    static String value(Object v) {
        if (v == null) {
            return "none";
        }
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (v instanceof DataType t) {
            return t.declared();
        }
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (v instanceof Collection<?> list) {
            return list.isEmpty() ? "none" : "(" + list.stream().map(DiffFormatter::value)
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (v instanceof Map<?, ?> map) {
            return map.isEmpty() ? "none" : map.entrySet().stream().map(e -> e.getKey() + "=" + value(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(v);
    }

    private static boolean inline(String s) {
        return s.length() <= INLINE_LIMIT && s.indexOf('\n') < 0;
    }
}
