package org.schemadiscovery.cli.format;

import java.util.List;
import org.schemadiscovery.api.model.Recommendation;

/** The {@code recommend} command's document: the recommendations alone. */
public final class RecommendationsFormatter {
    private RecommendationsFormatter() {
    }

    /** Text: one line per recommendation plus its DDL; JSON: an array; Markdown: a table. */
    public static String format(OutputFormat format, List<Recommendation> recommendations) {
        StringBuilder out = new StringBuilder();
        switch (format) {
            case JSON -> {
                out.append("[");
                for (int i = 0; i < recommendations.size(); i++) {
                    Recommendation r = recommendations.get(i);
                    out.append(i == 0 ? "\n" : ",\n").append("  {\"ruleId\": ").append(JsonText.string(r.ruleId()))
                            .append(", \"severity\": ").append(JsonText.string(r.severity().name()))
                            .append(", \"object\": ").append(JsonText.string(r.object()))
                            .append(", \"message\": ").append(JsonText.string(r.message()))
                            .append(", \"suggestedDdl\": ").append(JsonText.string(r.suggestedDdl())).append('}');
                }
                out.append(recommendations.isEmpty() ? "]\n" : "\n]\n");
            }
            case MARKDOWN -> {
                out.append("# Recommendations\n\n");
                if (recommendations.isEmpty()) {
                    out.append("None.\n");
                } else {
                    out.append("| Severity | Rule | Object | Message | Suggested DDL |\n")
                            .append("| -------- | ---- | ------ | ------- | ------------- |\n");
                    for (Recommendation r : recommendations) {
                        out.append("| ").append(r.severity()).append(" | ").append(MarkdownFormatter.text(r.ruleId()))
                                .append(" | ").append(MarkdownFormatter.text(r.object())).append(" | ")
                                .append(MarkdownFormatter.text(r.message())).append(" | ")
                                .append(MarkdownFormatter.code(r.suggestedDdl())).append(" |\n");
                    }
                }
            }
            default -> {
                if (recommendations.isEmpty()) {
                    out.append("No recommendations.\n");
                }
                for (Recommendation r : recommendations) {
                    out.append(r.severity()).append(' ').append(r.ruleId()).append(" on ").append(r.object())
                            .append(": ").append(r.message().strip()).append('\n');
                    if (r.suggestedDdl() != null) {
                        out.append("  ").append(r.suggestedDdl().strip()).append(r.suggestedDdl().strip().endsWith(";")
                                ? "" : ";").append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
