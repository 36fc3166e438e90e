package org.schemadiscovery.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.schemadiscovery.core.SchemaDiscovery;

/**
 * Runs the psqldef conformance corpus (figures, not a pass/fail gate on the rate): only when asked with
 * {@code -Dcorpus.psqldef=true}, and only when the shared folder exists ({@code -Dcorpus.dir} to point elsewhere).
 * Writes {@code target/corpus/psqldef.md}: the outcome of every case and a summary table.
 *
 * <pre>
 * mvn -B -pl integration-tests -am verify -Dtest=PsqldefCorpusTest -Dsurefire.failIfNoSpecifiedTests=false -Dcorpus.psqldef=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "corpus.psqldef", matches = "true")
@DisplayName("conformance corpus: psqldef cases plan, apply with psql and converge")
class PsqldefCorpusTest {
    private static final Path DEFAULT_DIR = Path.of("..", "..", "shared", "diff-corpus", "sqldef", "psqldef");

    @Test
    @Timeout(value = 60, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("every loadable case converges or is classified")
    void corpus() throws Exception {
        Path dir = Path.of(System.getProperty("corpus.dir", DEFAULT_DIR.toString()));
        assumeTrue(Files.isDirectory(dir), "corpus folder absent: " + dir.toAbsolutePath());
        List<CorpusCase> cases = CorpusCase.readAll(dir);
        String only = System.getProperty("corpus.only");
        if (only != null) {
            cases = cases.stream().filter(c -> c.id().contains(only)).toList();
        }
        Path work = Files.createDirectories(Path.of("target", "corpus", "scripts"));
        List<CorpusRunner.Result> results = new ArrayList<>();
        try (ScratchDatabase a = ScratchDatabase.create(); ScratchDatabase b = ScratchDatabase.create()) {
            CorpusRunner runner = new CorpusRunner(SchemaDiscovery.builder().build(), a, b, work);
            for (CorpusCase c : cases) {
                CorpusRunner.Result r;
                try {
                    r = runner.run(c);
                } catch (Exception | AssertionError e) {
                    r = new CorpusRunner.Result(c, CorpusRunner.Outcome.PLAN_FAILED, "runner: " + e);
                }
                results.add(r);
            }
        }
        String report = report(results);
        Files.writeString(Path.of("target", "corpus", "psqldef.md"), report);
        System.out.println(report);
        assertThat(results).hasSize(cases.size());
        assertThat(results).allSatisfy(r -> assertThat(r.outcome() == CorpusRunner.Outcome.CONVERGED
                || !r.reason().isBlank()).as("a failure carries its reason: %s", r.c().id()).isTrue());
    }

    private static String report(List<CorpusRunner.Result> results) {
        Map<CorpusRunner.Outcome, Integer> totals = new EnumMap<>(CorpusRunner.Outcome.class);
        Map<String, Map<CorpusRunner.Outcome, Integer>> byFile = new TreeMap<>();
        for (CorpusRunner.Result r : results) {
            totals.merge(r.outcome(), 1, Integer::sum);
            byFile.computeIfAbsent(r.c().file(), f -> new EnumMap<>(CorpusRunner.Outcome.class))
                    .merge(r.outcome(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder("# psqldef corpus\n\n| file | converged | not converged | plan failed"
                + " | not applicable |\n|---|---|---|---|---|\n");
        byFile.forEach((file, m) -> sb.append(row(file, m)));
        sb.append(row("**total**", totals));
        int loadable = results.size() - totals.getOrDefault(CorpusRunner.Outcome.NOT_APPLICABLE, 0);
        int converged = totals.getOrDefault(CorpusRunner.Outcome.CONVERGED, 0);
        sb.append(String.format("%nConverged: %d of %d loadable cases (%.1f %%); %d cases in all.%n%n", converged,
                loadable, loadable == 0 ? 0.0 : 100.0 * converged / loadable, results.size()));
        sb.append("| case | outcome | reason |\n|---|---|---|\n");
        for (CorpusRunner.Result r : results) {
            if (r.outcome() != CorpusRunner.Outcome.CONVERGED) {
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
                + m.getOrDefault(CorpusRunner.Outcome.NOT_APPLICABLE, 0) + " |\n";
    }
}
