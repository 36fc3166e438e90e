package org.schemadiscovery.cli.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.cache.StoredSnapshot;
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

    /**
     * Writes a cache hit's stored snapshot as {@link #write(SchemaInfo, Writer)} would write its model with the
     * edits, without parsing the model.
     *
     * @return the warnings written
     */
    public List<DiscoveryWarning> writeStored(StoredSnapshot stored, JsonCodec.DocumentEdits edits, Writer out)
            throws IOException {
        List<DiscoveryWarning> warnings = codec.rewrite(stored.json(), out, edits);
        out.write('\n');
        return warnings;
    }

    /** {@link #writeStored(StoredSnapshot, JsonCodec.DocumentEdits, Writer)} as UTF-8 bytes. */
    public List<DiscoveryWarning> writeStored(StoredSnapshot stored, JsonCodec.DocumentEdits edits, OutputStream out)
            throws IOException {
        List<DiscoveryWarning> warnings = codec.rewrite(stored.json(), out, edits);
        out.write('\n');
        return warnings;
    }
}
