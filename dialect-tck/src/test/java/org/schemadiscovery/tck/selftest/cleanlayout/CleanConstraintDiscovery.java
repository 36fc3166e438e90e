package org.schemadiscovery.tck.selftest.cleanlayout;

import org.schemadiscovery.api.support.SessionConstraintDiscovery;
import org.schemadiscovery.tck.selftest.cleanlayout.catalog.CleanSession;

/** The fixture's constraint provider. */
public final class CleanConstraintDiscovery extends SessionConstraintDiscovery<CleanSession> {
    public CleanConstraintDiscovery() {
        super(CleanStrategy.ID, CleanSession.class, CleanSession::constraints);
    }
}
