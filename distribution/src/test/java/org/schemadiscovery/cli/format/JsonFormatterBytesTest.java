package org.schemadiscovery.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;

/** {@code --output} writes JSON as UTF-8 bytes directly: they must be the text standard output gets, encoded. */
class JsonFormatterBytesTest {
    @Test
    @DisplayName("the bytes written to a stream are the UTF-8 of the text written to a writer, non-ASCII included")
    void bytesAreTheText() throws IOException {
        TableRef odd = TableRef.of("ünïcødé", "表 \"quoted\"\tand\u0001control 😀");
        SchemaInfo schema = Fixtures.shop().toBuilder().tables(List.of(TableInfo.builder(odd, TableKind.TABLE)
                .comment("naïve — “typographic” ∑ and a line\nbreak").build())).build();
        JsonFormatter formatter = new JsonFormatter();
        StringWriter text = new StringWriter();
        formatter.write(schema, text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        formatter.write(schema, bytes);

        assertThat(text.toString()).contains("ünïcødé", "😀", "\\u0001").isEqualTo(formatter.format(schema));
        assertThat(bytes.toByteArray()).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
