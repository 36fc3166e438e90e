package org.schemadiscovery.api.spi;

import java.util.List;
import org.schemadiscovery.api.model.SchemaInfo;

/**
 * Renders a model back to DDL in the dialect's syntax. Applying the script to an empty database and discovering it
 * again gives an equal model (generated names aside).
 */
public interface DdlRenderer {
    /** Dialect id. */
    String dialect();

    /** Executable statements in dependency order, without trailing semicolons. */
    List<String> script(SchemaInfo schema);
}
