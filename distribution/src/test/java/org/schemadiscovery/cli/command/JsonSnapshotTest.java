package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.json.JsonCodec;

/**
 * {@code discover --format json} is a snapshot users can diff and keep: the same bytes for an unchanged database,
 * a {@code formatVersion}, metrics only with {@code --metrics}, and it loads back through core's codec into the model
 * the library discovers.
 */
@DisplayName("JSON snapshots on real databases")
class JsonSnapshotTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(ScratchDatabase.Kind.class)
    @DisplayName("two runs, the same bytes (--output too); --metrics adds them; loads back into the library's model")
    void stableAndLoadable(ScratchDatabase.Kind kind) throws Exception {
        try (ScratchDatabase db = Fixtures.richDatabase(kind, tmp)) {
            CliRunner.Result first = CliRunner.run("discover", db.url(), "--format", "json");
            CliRunner.Result second = CliRunner.run("discover", db.url(), "--format", "json");
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(first.err()).isEmpty();
            assertThat(second.out()).isEqualTo(first.out());
            Path file = tmp.resolve("snapshot.json");
            CliRunner.Result toFile = CliRunner.run("discover", db.url(), "--format", "json", "--output",
                    file.toString());
            assertThat(toFile.exitCode()).as(toFile.err()).isZero();
            assertThat(toFile.out()).isEmpty();
            assertThat(Files.readAllBytes(file)).isEqualTo(first.out().getBytes(StandardCharsets.UTF_8));
            assertThat(first.out()).startsWith("{\n  \"formatVersion\" : 1,\n").doesNotContain("\"metrics\"",
                    "\"statementTexts\"", "\"totalNanos\"");

            CliRunner.Result measured = CliRunner.run("discover", db.url(), "--format", "json", "--metrics");
            assertThat(measured.exitCode()).isZero();
            assertThat(measured.out()).startsWith("{\n  \"formatVersion\" : 1,\n")
                    .contains("\"metrics\" : {", "\"statementTexts\" : [", "\"totalNanos\" : ");

            JsonCodec codec = new JsonCodec();
            SchemaInfo loaded = codec.read(first.out());
            SchemaInfo library = SchemaDiscovery.builder().build().discover(db.url()).withMetrics(null);
            assertThat(loaded).isEqualTo(library);
            assertThat(loaded.tables()).isNotEmpty();
            assertThat(codec.read(measured.out()).metrics().statementsExecuted()).isPositive();
            assertThat(codec.read(measured.out()).withMetrics(null)).isEqualTo(loaded);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ScratchDatabase.Kind.class)
    @DisplayName("a cache hit, written from the stored JSON, gives the bytes of a discovery (URL secrets masked alike)")
    void cacheHitSameBytes(ScratchDatabase.Kind kind) throws Exception {
        try (ScratchDatabase db = Fixtures.richDatabase(kind, tmp)) {
            // a secret in the URL (PostgreSQL's trust authentication ignores it) is masked in a hit's identity too
            String url = kind == ScratchDatabase.Kind.POSTGRESQL ? db.url() + "&password=hunter2" : db.url();
            String cache = tmp.resolve("cache").toString();
            CliRunner.Result plain = CliRunner.run("discover", url, "--format", "json");
            CliRunner.Result miss = CliRunner.run("discover", url, "--format", "json", "--cache", cache, "--metrics");
            CliRunner.Result hit = CliRunner.run("discover", url, "--format", "json", "--cache", cache);
            Path file = tmp.resolve("hit.json");
            CliRunner.Result hitToFile = CliRunner.run("discover", url, "--format", "json", "--cache", cache,
                    "--output", file.toString());
            CliRunner.Result measured = CliRunner.run("discover", url, "--format", "json", "--cache", cache,
                    "--metrics");
            assertThat(plain.exitCode()).as(plain.err()).isZero();
            assertThat(miss.err()).contains("cache: miss (snapshot stored)");
            assertThat(hit.exitCode()).as(hit.err()).isZero();
            assertThat(hit.err()).isEmpty();
            assertThat(hit.out()).isEqualTo(plain.out()).doesNotContain("hunter2");
            assertThat(hitToFile.exitCode()).as(hitToFile.err()).isZero();
            assertThat(Files.readAllBytes(file)).isEqualTo(plain.out().getBytes(StandardCharsets.UTF_8));
            assertThat(measured.err()).contains("cache: hit (only the fingerprint statements ran)");
            JsonCodec codec = new JsonCodec();
            SchemaInfo hitSchema = codec.read(measured.out());
            assertThat(hitSchema.metrics().statementsExecuted()).isPositive()
                    .isEqualTo(hitSchema.metrics().statementTexts().size());
            assertThat(measured.err()).contains("metrics: " + hitSchema.metrics().statementsExecuted()
                    + " statements");
            assertThat(hitSchema.withMetrics(null)).isEqualTo(codec.read(plain.out()));
        }
    }
}
