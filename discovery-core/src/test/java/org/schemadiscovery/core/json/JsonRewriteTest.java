package org.schemadiscovery.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.PhaseMetric;
import org.schemadiscovery.api.model.SchemaInfo;

@DisplayName("JsonCodec.rewrite: a stored document copied with edits gives the bytes write gives for the edited model")
class JsonRewriteTest {
    private final JsonCodec indented = new JsonCodec();
    private final JsonCodec compact = new JsonCodec(false);
    private final SchemaInfo rich = RichSchema.build();
    private final UnaryOperator<DatabaseIdentity> maskUrl = id -> new DatabaseIdentity(id.product(), id.version(),
            id.majorVersion(), id.minorVersion(), id.driver(), id.url() + "?masked", id.dialect());
    private final UnaryOperator<DiscoveryWarning> shout = w -> new DiscoveryWarning(w.object(), w.phase(),
            w.errorClass(), w.message().toUpperCase(java.util.Locale.ROOT));
    private final DiscoveryMetrics hitMetrics = new DiscoveryMetrics(List.of(new PhaseMetric("fingerprint", 7, 4, 1,
            0)), 1_234_567, 4, 1, List.of("SELECT 1", "SELECT \"ü\" -- 😀"), 0);

    @Test
    @DisplayName("identity, warnings and metrics edited, everything else as written, from compact or indented input")
    void editsAsTheModelWouldBeWritten() {
        SchemaInfo stored = rich.withMetrics(DiscoveryMetrics.empty());
        SchemaInfo edited = stored.toBuilder().identity(maskUrl.apply(stored.identity()))
                .warnings(stored.warnings().stream().map(shout).toList()).metrics(hitMetrics).build();
        assertThat(stored.warnings()).isNotEmpty();
        for (String input : List.of(compact.write(stored), indented.write(stored), compact.write(rich))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<DiscoveryWarning> warnings = indented.rewrite(utf8(input), out,
                    new JsonCodec.DocumentEdits(maskUrl, shout, hitMetrics));
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(indented.write(edited));
            assertThat(warnings).isEqualTo(edited.warnings());
        }
    }

    @Test
    @DisplayName("without metrics the document has none, as write leaves out empty metrics; a writer gets the same")
    void withoutMetrics() {
        SchemaInfo stored = rich.withMetrics(DiscoveryMetrics.empty());
        for (DiscoveryMetrics none : new DiscoveryMetrics[] {null, DiscoveryMetrics.empty()}) {
            StringWriter out = new StringWriter();
            indented.rewrite(utf8(compact.write(rich)), out,
                    new JsonCodec.DocumentEdits(UnaryOperator.identity(), UnaryOperator.identity(), none));
            assertThat(out.toString()).isEqualTo(indented.write(stored)).doesNotContain("\"metrics\"");
        }
    }

    @Test
    @DisplayName("a compact codec rewrites to compact bytes; read gives back the edited model")
    void compactTarget() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        compact.rewrite(utf8(indented.write(rich)), out,
                new JsonCodec.DocumentEdits(maskUrl, UnaryOperator.identity(), null));
        SchemaInfo expected = rich.toBuilder().identity(maskUrl.apply(rich.identity()))
                .metrics(DiscoveryMetrics.empty()).build();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(compact.write(expected));
        assertThat(compact.read(out.toByteArray(), 0, out.size())).isEqualTo(expected);
    }

    @Test
    @DisplayName("a document of another format, cut short, or followed by more is refused")
    void refusesWhatReadRefuses() {
        JsonCodec.DocumentEdits none = new JsonCodec.DocumentEdits(UnaryOperator.identity(), UnaryOperator.identity(),
                null);
        String json = compact.write(rich);
        assertThatThrownBy(() -> indented.rewrite(utf8("{\"formatVersion\":9}"), new ByteArrayOutputStream(), none))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads format");
        assertThatThrownBy(() -> indented.rewrite(utf8(json.substring(0, json.length() - 30)),
                new ByteArrayOutputStream(), none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid schema JSON");
        assertThatThrownBy(() -> indented.rewrite(utf8(json + "{}"), new ByteArrayOutputStream(), none))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not end");
        assertThatThrownBy(() -> indented.rewrite(utf8("[1]"), new ByteArrayOutputStream(), none))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected an object");
    }

    @Test
    @DisplayName("a warning's error class survives the copy")
    void warningFields() {
        SchemaInfo one = rich.toBuilder().warnings(List.of(new DiscoveryWarning("app.t", "indexes",
                ErrorClass.PERMISSION, "denied"))).metrics(DiscoveryMetrics.empty()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<DiscoveryWarning> warnings = indented.rewrite(utf8(compact.write(one)), out,
                new JsonCodec.DocumentEdits(UnaryOperator.identity(), UnaryOperator.identity(), null));
        assertThat(warnings).isEqualTo(one.warnings());
        assertThat(indented.read(out.toString(StandardCharsets.UTF_8))).isEqualTo(one);
    }

    private static ByteArrayInputStream utf8(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
