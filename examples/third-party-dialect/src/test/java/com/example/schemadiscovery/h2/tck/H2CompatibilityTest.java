package com.example.schemadiscovery.h2.tck;

import com.example.schemadiscovery.h2.H2ConstraintDiscovery;
import com.example.schemadiscovery.h2.H2DiscoveryStrategy;
import com.example.schemadiscovery.h2.H2IndexDiscovery;
import java.util.Optional;
import org.schemadiscovery.tck.DialectCompatibilityKit;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.DialectServices;
import org.schemadiscovery.tck.TestDatabaseServer;

/** The whole compatibility kit against H2 database files. */
class H2CompatibilityTest extends DialectCompatibilityKit {
    H2CompatibilityTest() {
        super(() -> DialectServices.of(new H2DiscoveryStrategy(), new H2IndexDiscovery(), new H2ConstraintDiscovery(),
                null));
    }

    @Override
    protected TestDatabaseServer server() {
        return new H2TestServer();
    }

    @Override
    protected DialectFixtures fixtures() {
        return new H2Fixtures();
    }

    /** H2 has no per-object permissions, table locks that block catalog reads, or pluggable table modules. */
    @Override
    protected Optional<String> unreadableObjectUnsupported() {
        return Optional.of("H2 has no object one connection can read the catalog of and another cannot");
    }
}
