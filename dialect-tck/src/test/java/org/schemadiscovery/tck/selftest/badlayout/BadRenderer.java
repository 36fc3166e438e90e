package org.schemadiscovery.tck.selftest.badlayout;

import org.schemadiscovery.api.support.ScriptRenderer;
import org.schemadiscovery.tck.selftest.badlayout.render.BadScript;

/** The broken fixture's renderer. */
public final class BadRenderer extends ScriptRenderer {
    public BadRenderer() {
        super(BadStrategy.ID, BadScript::render);
    }
}
