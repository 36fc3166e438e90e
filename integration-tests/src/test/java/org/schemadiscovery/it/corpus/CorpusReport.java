package org.schemadiscovery.it.corpus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The Markdown report of one corpus run: a summary table per file, the pass rate, and every case not converged. */
final class CorpusReport {
    private CorpusReport() {
    }

    static String markdown(String title, List<CorpusRunner.Result> results) {
        Map<CorpusRunner.Outcome, Integer> totals = new EnumMap<>(CorpusRunner.Outcome.class);
        Map<String, Map<CorpusRunner.Outcome, Integer>> byFile = new TreeMap<>();
        int seeded = 0;
        int skipped = 0;
        for (CorpusRunner.Result r : results) {
            totals.merge(r.outcome(), 1, Integer::sum);
            byFile.computeIfAbsent(r.c().file(), f -> new EnumMap<>(CorpusRunner.Outcome.class))
                    .merge(r.outcome(), 1, Integer::sum);
            seeded += r.seeded();
            skipped += r.skipped();
        }
        StringBuilder sb = new StringBuilder("# " + title + "\n\n| file | converged | not converged | plan failed"
                + " | rows lost | not applicable |\n|---|---|---|---|---|---|\n");
        byFile.forEach((file, m) -> sb.append(row(file, m)));
        sb.append(row("**total**", totals));
        int loadable = results.size() - totals.getOrDefault(CorpusRunner.Outcome.NOT_APPLICABLE, 0);
        int converged = totals.getOrDefault(CorpusRunner.Outcome.CONVERGED, 0);
        sb.append(String.format("%nConverged: %d of %d loadable cases (%.1f %%); %d cases in all. Rows-survive"
                        + " violations: %d.", converged, loadable, loadable == 0 ? 0.0 : 100.0 * converged / loadable,
                results.size(), totals.getOrDefault(CorpusRunner.Outcome.ROWS_LOST, 0)));
        if (seeded + skipped > 0) {
            sb.append(String.format(" Seed rows: %d tables took one, %d tables could not.", seeded, skipped));
        }
        sb.append("\n\n| case | outcome | reason |\n|---|---|---|\n");
        for (CorpusRunner.Result r : results) {
            if (r.outcome() != CorpusRunner.Outcome.CONVERGED || !r.reason().isBlank()) {
                sb.append("| ").append(r.c().id()).append(" | ").append(r.outcome()).append(" | ")
                        .append(r.reason().replace("|", "\\|").replace("\n", " ")).append(" |\n");
            }
        }
        return sb.toString();
    }

    private static String row(String name, Map<CorpusRunner.Outcome, Integer> m) {
        return "| " + name + " | " + m.getOrDefault(CorpusRunner.Outcome.CONVERGED, 0) + " | "
                + m.getOrDefault(CorpusRunner.Outcome.NOT_CONVERGED, 0) + " | "
                + m.getOrDefault(CorpusRunner.Outcome.PLAN_FAILED, 0) + " | "
                + m.getOrDefault(CorpusRunner.Outcome.ROWS_LOST, 0) + " | "
                + m.getOrDefault(CorpusRunner.Outcome.NOT_APPLICABLE, 0) + " |\n";
    }
}
