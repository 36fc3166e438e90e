package org.schemadiscovery.tck.selftest.cleanlayout.catalog;

import java.util.List;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;

/** The fixture's session: it reads nothing. */
public final class CleanSession implements DiscoverySession {
    private final DiscoveryContext context;

    public CleanSession(DiscoveryContext context) {
        this.context = context;
    }

    @Override
    public DiscoveryContext context() {
        return context;
    }

    @Override
    public DatabaseCapabilities probe() {
        return DatabaseCapabilities.none();
    }

    @Override
    public List<String> schemas(DiscoveryScope scope) {
        return List.of("main");
    }

    @Override
    public Discovered<TableInfo> tables(DiscoveryScope scope) {
        return Discovered.empty();
    }

    public Discovered<IndexInfo> indexes(DiscoveryScope scope) {
        return Discovered.empty();
    }

    public Discovered<ConstraintInfo> constraints(DiscoveryScope scope) {
        return Discovered.empty();
    }

    @Override
    public void close() {
    }
}
