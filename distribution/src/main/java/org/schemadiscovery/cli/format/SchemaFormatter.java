package org.schemadiscovery.cli.format;

import java.io.IOException;
import java.io.Writer;
import org.schemadiscovery.api.model.SchemaInfo;

/** Turns a discovered schema into one output document. Implementations are stateless. */
public interface SchemaFormatter {
    /** The whole document, ending with a newline. */
    String format(SchemaInfo schema);

    /** Writes the document to {@code out} (not closed); formatters of large documents stream it. */
    default void write(SchemaInfo schema, Writer out) throws IOException {
        out.write(format(schema));
    }
}
