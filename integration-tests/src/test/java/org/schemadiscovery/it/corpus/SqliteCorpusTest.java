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
        String report = CorpusReport.markdown("sqlite3def corpus", results);
        Files.writeString(Path.of("target", "corpus", "sqlite3def.md"), report);
        System.out.println(report);
        assertThat(results).hasSize(cases.size());
        assertThat(results).allSatisfy(r -> assertThat(r.outcome() == CorpusRunner.Outcome.CONVERGED
                || !r.reason().isBlank()).as("a failure carries its reason: %s", r.c().id()).isTrue());
    }
}
