package org.schemadiscovery.cli.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.schemadiscovery.api.model.SchemaInfo;

/** Turns a discovered schema into one output document. Implementations are stateless. */
public interface SchemaFormatter {
    /** The whole document, ending with a newline. */
    String format(SchemaInfo schema);

    /** Writes the document to {@code out} (not closed); formatters of large documents stream it. */
    default void write(SchemaInfo schema, Writer out) throws IOException {
        out.write(format(schema));
    }

    /**
     * Writes the document to {@code out} (not closed) as UTF-8, the bytes {@link #write(SchemaInfo, Writer)} would
     * give; formatters of large documents write the bytes themselves, with no character encoder on the way.
     */
    default void write(SchemaInfo schema, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(schema, writer);
        writer.flush();
    }
}
