package org.schemadiscovery.tck.selftest.badlayout;

import org.schemadiscovery.api.support.SessionConstraintDiscovery;
import org.schemadiscovery.tck.selftest.badlayout.catalog.BadSession;

/** The broken fixture's constraint provider. */
public final class BadConstraintDiscovery extends SessionConstraintDiscovery<BadSession> {
    public BadConstraintDiscovery() {
        super(BadStrategy.ID, BadSession.class, BadSession::constraints);
    }
}
