package org.schemadiscovery.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.schemadiscovery.core.SchemaDiscovery;

/**
 * Runs the psqldef conformance corpus (figures, not a pass/fail gate on the rate): only when asked with
 * {@code -Dcorpus.psqldef=true}, and only when the shared folder exists ({@code -Dcorpus.dir} to point elsewhere).
 * Runs every case forward (current → desired) and in reverse ({@code -Dcorpus.reverse=false} to skip), with a
 * seed row in every table that takes one ({@code -Dcorpus.seed=false} to leave them out). Writes
 * {@code target/corpus/psqldef.md}: the outcome of every case and a summary table per direction.
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
    @Timeout(value = 120, unit = java.util.concurrent.TimeUnit.MINUTES)
    @DisplayName("every loadable case converges or is classified, forward and in reverse")
    void corpus() throws Exception {
        Path dir = Path.of(System.getProperty("corpus.dir", DEFAULT_DIR.toString()));
        assumeTrue(Files.isDirectory(dir), "corpus folder absent: " + dir.toAbsolutePath());
        List<CorpusCase> cases = CorpusCase.readAll(dir);
        String only = System.getProperty("corpus.only");
        if (only != null) {
            cases = cases.stream().filter(c -> c.id().contains(only)).toList();
        }
        boolean seed = !"false".equals(System.getProperty("corpus.seed"));
        boolean reverse = !"false".equals(System.getProperty("corpus.reverse"));
        Path work = Files.createDirectories(Path.of("target", "corpus", "scripts"));
        List<CorpusRunner.Result> forward = new ArrayList<>();
        List<CorpusRunner.Result> backward = new ArrayList<>();
        try (ScratchDatabase a = ScratchDatabase.create(); ScratchDatabase b = ScratchDatabase.create()) {
            CorpusRunner runner = new CorpusRunner(SchemaDiscovery.builder().build(), a, b, work).seedRows(seed);
            for (CorpusCase c : cases) {
                forward.add(run(runner, c, CorpusRunner.Direction.FORWARD));
                if (reverse) {
                    backward.add(run(runner, c, CorpusRunner.Direction.REVERSE));
                }
            }
        }
        String rows = seed ? "" : " (no seed rows)";
        String report = CorpusReport.markdown("psqldef corpus, current → desired" + rows, forward)
                + (reverse ? "\n" + CorpusReport.markdown("psqldef corpus in reverse, desired → current" + rows,
                backward) : "");
        Files.writeString(Path.of("target", "corpus", "psqldef.md"), report);
        System.out.println(report);
        assertThat(forward).hasSize(cases.size());
        for (List<CorpusRunner.Result> results : List.of(forward, backward)) {
            assertThat(results).allSatisfy(r -> assertThat(r.outcome() == CorpusRunner.Outcome.CONVERGED
                    || !r.reason().isBlank()).as("a failure carries its reason: %s", r.c().id()).isTrue());
        }
    }

    private static CorpusRunner.Result run(CorpusRunner runner, CorpusCase c, CorpusRunner.Direction direction) {
        try {
            return runner.run(c, direction);
        } catch (Exception | AssertionError e) {
            return new CorpusRunner.Result(c, CorpusRunner.Outcome.PLAN_FAILED, "runner: " + e);
        }
    }
}
