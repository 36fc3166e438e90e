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

    /**
     * Executable statements in dependency order, without trailing semicolons: the objects and their comments, no
     * owners, no privileges ({@link DdlOptions#defaults()}).
     */
    List<String> script(SchemaInfo schema);

    /**
     * The script with what the options ask for beside the objects. Renderers of dialects without owners or
     * privileges keep this default, which ignores the options.
     */
    default List<String> script(SchemaInfo schema, DdlOptions options) {
        return script(schema);
    }
}
