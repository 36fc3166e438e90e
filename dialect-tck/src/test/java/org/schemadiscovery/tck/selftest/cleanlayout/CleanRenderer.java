package org.schemadiscovery.tck.selftest.cleanlayout;

import org.schemadiscovery.api.support.ScriptRenderer;
import org.schemadiscovery.tck.selftest.cleanlayout.render.Script;

/** The fixture's renderer. */
public final class CleanRenderer extends ScriptRenderer {
    public CleanRenderer() {
        super(CleanStrategy.ID, Script::render);
    }
}
