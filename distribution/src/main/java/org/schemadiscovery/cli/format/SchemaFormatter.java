package org.schemadiscovery.cli.format;

import org.schemadiscovery.api.model.SchemaInfo;

/** Turns a discovered schema into one output document. Implementations are stateless. */
public interface SchemaFormatter {
    /** The whole document, ending with a newline. */
    String format(SchemaInfo schema);
}
