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
 * Runs the sqlite3def conformance corpus (figures, not a gate on the rate): only with
 * {@code -Dcorpus.sqlite3def=true}, and only when the shared folder exists ({@code -Dcorpus.dir} to point
 * elsewhere, {@code -Dcorpus.only=Name} for some cases). Writes {@code target/corpus/sqlite3def.md}.
 *
 * <pre>
 * mvn -B -pl integration-tests -am verify -Dtest=SqliteCorpusTest -Dsurefire.failIfNoSpecifiedTests=false -Dcorpus.sqlite3def=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "corpus.sqlite3def", matches = "true")
@DisplayName("conformance corpus: sqlite3def cases plan, apply with sqlite3 -bail, converge, keep their rows")
class SqliteCorpusTest {
    private static final Path DEFAULT_DIR = Path.of("..", "..", "shared", "diff-corpus", "sqldef", "sqlite3def");

    @Test
    @Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("every loadable case converges or is classified")
    void corpus() throws Exception {
        Path dir = Path.of(System.getProperty("corpus.dir", DEFAULT_DIR.toString()));
        assumeTrue(Files.isDirectory(dir), "corpus folder absent: " + dir.toAbsolutePath());
        List<CorpusCase> cases = CorpusCase.readAll(dir);
        String only = System.getProperty("corpus.only");
        if (only != null) {
            cases = cases.stream().filter(c -> c.id().contains(only)).toList();
        }
        Path work = Files.createDirectories(Path.of("target", "corpus", "sqlite3def"));
        SqliteCorpusRunner runner = new SqliteCorpusRunner(SchemaDiscovery.builder().build(), work);
        List<CorpusRunner.Result> results = new ArrayList<>();
        for (CorpusCase c : cases) {
            CorpusRunner.Result r;
            try {
                r = runner.run(c);
            } catch (Exception | AssertionError e) {
                r = new CorpusRunner.Result(c, CorpusRunner.Outcome.PLAN_FAILED, "runner: " + e);
            }
            results.add(r);
        }
        String report = report(results);
        Files.writeString(Path.of("target", "corpus", "sqlite3def.md"), report);
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
        StringBuilder sb = new StringBuilder("# sqlite3def corpus\n\n| file | converged | not converged | plan failed"
                + " | not applicable |\n|---|---|---|---|---|\n");
        byFile.forEach((file, m) -> sb.append(row(file, m)));
        sb.append(row("**total**", totals));
        int loadable = results.size() - totals.getOrDefault(CorpusRunner.Outcome.NOT_APPLICABLE, 0);
        int converged = totals.getOrDefault(CorpusRunner.Outcome.CONVERGED, 0);
        sb.append(String.format("%nConverged: %d of %d loadable cases (%.1f %%); %d cases in all.%n%n", converged,
                loadable, loadable == 0 ? 0.0 : 100.0 * converged / loadable, results.size()));
        sb.append("| case | outcome | reason |\n|---|---|---|\n");
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
                + m.getOrDefault(CorpusRunner.Outcome.NOT_APPLICABLE, 0) + " |\n";
    }
}
