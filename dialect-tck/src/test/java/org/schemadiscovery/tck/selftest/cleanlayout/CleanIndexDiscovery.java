package org.schemadiscovery.tck.selftest.cleanlayout;

import org.schemadiscovery.api.support.SessionIndexDiscovery;
import org.schemadiscovery.tck.selftest.cleanlayout.catalog.CleanSession;

/** The fixture's index provider. */
public final class CleanIndexDiscovery extends SessionIndexDiscovery<CleanSession> {
    public CleanIndexDiscovery() {
        super(CleanStrategy.ID, CleanSession.class, CleanSession::indexes);
    }
}
