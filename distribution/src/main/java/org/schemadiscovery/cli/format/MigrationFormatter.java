package org.schemadiscovery.cli.format;

import java.util.List;
import java.util.stream.Collectors;
import org.schemadiscovery.api.migration.Hazard;
import org.schemadiscovery.api.migration.LeftOut;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.TransactionGroup;
import org.schemadiscovery.api.migration.Unsupported;
import org.schemadiscovery.core.migration.MigrationScript;

/**
 * A migration plan as {@code migrate} prints it: the SQL script the database's client runs as is, a JSON document,
 * or a Markdown page for a pull request. Each lists the groups, their steps with SQL, changes and hazards, the steps
 * left out and the changes no step implements.
 */
public final class MigrationFormatter {
    /** Incremented on any incompatible change to the JSON document. */
    public static final int FORMAT_VERSION = 1;

    private MigrationFormatter() {
    }

    /** The plan in {@code format}: {@link OutputFormat#SQL}, {@link OutputFormat#JSON} or Markdown. */
    public static String format(OutputFormat format, DiffFormatter.Sides sides, MigrationPlan plan) {
        return switch (format) {
            case SQL -> MigrationScript.sql(plan);
            case JSON -> json(sides, plan);
            case MARKDOWN -> markdown(sides, plan);
            default -> throw new IllegalArgumentException("no " + format.cliName() + " format for a migration");
        };
    }

    static String json(DiffFormatter.Sides sides, MigrationPlan plan) {
        StringBuilder out = new StringBuilder("{\n  \"formatVersion\": ").append(FORMAT_VERSION)
                .append(",\n  \"from\": ").append(JsonText.string(sides.from()))
                .append(",\n  \"to\": ").append(JsonText.string(sides.to()))
                .append(",\n  \"dialect\": ").append(JsonText.string(plan.dialect()))
                .append(",\n  \"options\": {\"allowDestructive\": ").append(plan.options().allowDestructive())
                .append(", \"online\": ").append(plan.options().online())
                .append(", \"lockTimeoutMillis\": ").append(plan.options().lockTimeout().toMillis()).append('}')
                .append(",\n  \"complete\": ").append(plan.complete())
                .append(",\n  \"groups\": [");
        List<TransactionGroup> groups = plan.groups();
        for (int i = 0; i < groups.size(); i++) {
            TransactionGroup g = groups.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"transactional\": ").append(g.transactional())
                    .append(", \"settings\": ").append(strings(g.settings())).append(", \"steps\": [");
            for (int j = 0; j < g.steps().size(); j++) {
                out.append(j == 0 ? "\n" : ",\n").append("      ").append(step(g.steps().get(j)));
            }
            out.append("\n    ]}");
        }
        out.append(groups.isEmpty() ? "]" : "\n  ]").append(",\n  \"leftOut\": [");
        for (int i = 0; i < plan.leftOut().size(); i++) {
            LeftOut l = plan.leftOut().get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"reason\": ").append(JsonText.string(l.reason()))
                    .append(", \"step\": ").append(step(l.step())).append('}');
        }
        out.append(plan.leftOut().isEmpty() ? "]" : "\n  ]").append(",\n  \"unsupported\": [");
        for (int i = 0; i < plan.unsupported().size(); i++) {
            Unsupported u = plan.unsupported().get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"change\": ")
                    .append(JsonText.string(DiffFormatter.line(u.change())))
                    .append(", \"reason\": ").append(JsonText.string(u.reason())).append('}');
        }
        return out.append(plan.unsupported().isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    private static String step(MigrationStep s) {
        StringBuilder out = new StringBuilder("{\"sql\": ").append(JsonText.string(s.sql()))
                .append(", \"changes\": ").append(strings(s.changes().stream().map(DiffFormatter::line).toList()))
                .append(", \"hazards\": [");
        for (int i = 0; i < s.hazards().size(); i++) {
            Hazard h = s.hazards().get(i);
            out.append(i == 0 ? "" : ", ").append("{\"kind\": ").append(JsonText.string(h.kind().id()));
            if (h.lockLevel() != null) {
                out.append(", \"lockLevel\": ").append(JsonText.string(h.lockLevel()));
            }
            out.append(", \"detail\": ").append(JsonText.string(h.detail())).append('}');
        }
        return out.append("]}").toString();
    }

    private static String strings(List<String> values) {
        return values.stream().map(JsonText::string).collect(Collectors.joining(", ", "[", "]"));
    }

    static String markdown(DiffFormatter.Sides sides, MigrationPlan plan) {
        StringBuilder out = new StringBuilder("# Migration plan\n\n")
                .append("From ").append(MarkdownFormatter.code(sides.from())).append(" to ")
                .append(MarkdownFormatter.code(sides.to())).append(" (").append(plan.dialect()).append("): ")
                .append(plan.steps().size()).append(" steps in ").append(plan.groups().size())
                .append(" transaction groups.\n");
        if (!plan.complete()) {
            out.append("\n**Incomplete:** ").append(plan.leftOut().size()).append(" steps left out, ")
                    .append(plan.unsupported().size()).append(" changes not supported (listed below).\n");
        }
        for (int i = 0; i < plan.groups().size(); i++) {
            TransactionGroup g = plan.groups().get(i);
            out.append("\n## Group ").append(i + 1).append(g.transactional() ? "" : " (outside a transaction)")
                    .append("\n\n");
            if (!g.settings().isEmpty()) {
                out.append("Settings: ").append(g.settings().stream().map(MarkdownFormatter::code)
                        .collect(Collectors.joining(", "))).append("\n\n");
            }
            steps(out, g.steps().stream().map(s -> new Row(s, null)).toList());
        }
        if (!plan.leftOut().isEmpty()) {
            out.append("\n## Left out\n\nRun with `--allow-destructive` to include them.\n\n");
            steps(out, plan.leftOut().stream().map(l -> new Row(l.step(), l.reason())).toList());
        }
        if (!plan.unsupported().isEmpty()) {
            out.append("\n## Not supported\n\n| Change | Reason |\n| ------ | ------ |\n");
            for (Unsupported u : plan.unsupported()) {
                out.append("| ").append(MarkdownFormatter.text(DiffFormatter.line(u.change()))).append(" | ")
                        .append(MarkdownFormatter.text(u.reason())).append(" |\n");
            }
        }
        return out.toString();
    }

    private record Row(MigrationStep step, String reason) {
    }

    private static void steps(StringBuilder out, List<Row> rows) {
        boolean reasons = rows.stream().anyMatch(r -> r.reason() != null);
        out.append("| SQL | Changes | Hazards |").append(reasons ? " Reason |" : "").append('\n')
                .append("| --- | ------- | ------- |").append(reasons ? " ------ |" : "").append('\n');
        for (Row r : rows) {
            MigrationStep s = r.step();
            out.append("| ").append(MarkdownFormatter.code(s.sql())).append(" | ")
                    .append(MarkdownFormatter.text(s.changes().stream().map(DiffFormatter::line)
                            .collect(Collectors.joining("; ")))).append(" | ")
                    .append(MarkdownFormatter.text(s.hazards().stream().map(Hazard::toString)
                            .collect(Collectors.joining("; ")))).append(" |");
            if (reasons) {
                out.append(' ').append(MarkdownFormatter.text(r.reason())).append(" |");
            }
            out.append('\n');
        }
    }
}
