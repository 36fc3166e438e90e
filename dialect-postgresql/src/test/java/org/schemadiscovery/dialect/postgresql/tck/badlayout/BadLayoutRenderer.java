package org.schemadiscovery.dialect.postgresql.tck.badlayout;

import java.util.List;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.dialect.postgresql.tck.badlayout.render.BadLayoutScript;

/** The renderer, through the broken {@code render} package. */
public final class BadLayoutRenderer implements DdlRenderer {
    @Override
    public String dialect() {
        return "postgresql";
    }

    @Override
    public List<String> script(SchemaInfo schema) {
        return BadLayoutScript.render(schema);
    }
}
