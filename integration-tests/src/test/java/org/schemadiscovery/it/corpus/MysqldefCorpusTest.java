package org.schemadiscovery.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.schemadiscovery.core.SchemaDiscovery;

/**
 * Runs the mysqldef conformance corpus on the local MariaDB 10.11 (figures, not a pass/fail gate on the rate): only
 * when asked with {@code -Dcorpus.mysqldef=true}, and only when the shared folder exists ({@code -Dcorpus.dir} to
 * point elsewhere, {@code -Dcorpus.only=text} for the cases whose id holds it). Writes
 * {@code target/corpus/mysqldef.md}: the outcome of every case and a summary table.
 *
 * <pre>
 * mvn -B -pl integration-tests -am verify -Dtest=MysqldefCorpusTest -Dsurefire.failIfNoSpecifiedTests=false -Dcorpus.mysqldef=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "corpus.mysqldef", matches = "true")
@DisplayName("conformance corpus: mysqldef cases plan, apply with the mariadb client and converge")
class MysqldefCorpusTest {
    private static final Path DEFAULT_DIR = Path.of("..", "..", "shared", "diff-corpus", "sqldef", "mysqldef");

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
        Map<String, String> flavors = flavors(dir);
        Path work = Files.createDirectories(Path.of("target", "corpus", "mysql-scripts"));
        List<CorpusRunner.Result> results = new ArrayList<>();
        try (MysqlScratchDatabase a = MysqlScratchDatabase.create();
             MysqlScratchDatabase b = MysqlScratchDatabase.create()) {
            MysqlCorpusRunner runner = new MysqlCorpusRunner(SchemaDiscovery.builder().build(), a, b, work);
            for (CorpusCase c : cases) {
                CorpusRunner.Result r;
                try {
                    r = runner.run(c, flavors.get(c.id()));
                } catch (Exception | AssertionError e) {
                    r = new CorpusRunner.Result(c, CorpusRunner.Outcome.PLAN_FAILED, "runner: " + e);
                }
                results.add(r);
            }
        }
        String report = CorpusReport.markdown("mysqldef corpus on MariaDB 10.11", results);
        Files.writeString(Path.of("target", "corpus", "mysqldef.md"), report);
        System.out.println(report);
        assertThat(results).hasSize(cases.size());
        assertThat(results).allSatisfy(r -> assertThat(r.outcome() == CorpusRunner.Outcome.CONVERGED
                || !r.reason().isBlank()).as("a failure carries its reason: %s", r.c().id()).isTrue());
    }

    /** The {@code flavor} setting of every case that has one, by case id (CorpusCase keeps only its presence). */
    private static Map<String, String> flavors(Path dir) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                JsonNode root = new YAMLMapper().readTree(Files.readString(file));
                if (root == null) {
                    continue;
                }
                String prefix = file.getFileName().toString().replaceFirst("\\.yml$", "") + ":";
                root.fields().forEachRemaining(e -> {
                    JsonNode f = e.getValue().get("flavor");
                    if (f != null && !f.isNull()) {
                        out.put(prefix + e.getKey(), f.asText());
                    }
                });
            }
        }
        return out;
    }
}
