package org.schemadiscovery.tck.selftest;

import org.schemadiscovery.tck.DialectServices;
import org.schemadiscovery.tck.selftest.badlayout.BadConstraintDiscovery;
import org.schemadiscovery.tck.selftest.badlayout.BadIndexDiscovery;
import org.schemadiscovery.tck.selftest.badlayout.BadRenderer;
import org.schemadiscovery.tck.selftest.badlayout.BadStrategy;
import org.schemadiscovery.tck.selftest.cleanlayout.CleanConstraintDiscovery;
import org.schemadiscovery.tck.selftest.cleanlayout.CleanIndexDiscovery;
import org.schemadiscovery.tck.selftest.cleanlayout.CleanRenderer;
import org.schemadiscovery.tck.selftest.cleanlayout.CleanStrategy;

/** Kits over the two fixture dialects of the architecture group; only that group is run on them. */
final class LayoutKits {
    private LayoutKits() {
    }

    /** A dialect laid out as docs/writing-a-dialect.md says. */
    public static class Clean extends SqliteSelfTestKit {
        public Clean() {
            super(() -> DialectServices.of(new CleanStrategy(), new CleanIndexDiscovery(),
                    new CleanConstraintDiscovery(), new CleanRenderer()));
        }
    }

    /** A dialect that breaks each architecture rule once. */
    public static class Broken extends SqliteSelfTestKit {
        public Broken() {
            super(() -> DialectServices.of(new BadStrategy(), new BadIndexDiscovery(), new BadConstraintDiscovery(),
                    new BadRenderer()));
        }
    }
}
