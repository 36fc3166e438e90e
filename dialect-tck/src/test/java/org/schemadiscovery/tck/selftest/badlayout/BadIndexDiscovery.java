package org.schemadiscovery.tck.selftest.badlayout;

import org.schemadiscovery.api.support.SessionIndexDiscovery;
import org.schemadiscovery.tck.selftest.badlayout.catalog.BadSession;

/** The broken fixture's index provider. */
public final class BadIndexDiscovery extends SessionIndexDiscovery<BadSession> {
    public BadIndexDiscovery() {
        super(BadStrategy.ID, BadSession.class, BadSession::indexes);
    }
}
