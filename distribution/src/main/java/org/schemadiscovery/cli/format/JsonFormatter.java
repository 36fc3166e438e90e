package org.schemadiscovery.cli.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.json.JsonCodec;

/** The model as core's {@link JsonCodec} writes it, so {@code JsonCodec.read} loads it back. */
public final class JsonFormatter implements SchemaFormatter {
    private final JsonCodec codec = new JsonCodec();

    @Override
    public String format(SchemaInfo schema) {
        String json = codec.write(schema);
        return json.endsWith("\n") ? json : json + "\n";
    }

    @Override
    public void write(SchemaInfo schema, Writer out) throws IOException {
        codec.write(schema, out);
        out.write('\n');
    }

    @Override
    public void write(SchemaInfo schema, OutputStream out) throws IOException {
        codec.write(schema, out);
        out.write('\n');
    }
}
