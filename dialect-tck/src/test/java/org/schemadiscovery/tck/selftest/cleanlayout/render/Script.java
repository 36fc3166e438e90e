package org.schemadiscovery.tck.selftest.cleanlayout.render;

import java.util.List;
import org.schemadiscovery.api.model.SchemaInfo;

/** The fixture's renderer: the model alone. */
public final class Script {
    private Script() {
    }

    public static List<String> render(SchemaInfo schema) {
        return schema.tables().stream().map(t -> "CREATE TABLE " + quote(t.ref().name()) + " ()").toList();
    }

    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
