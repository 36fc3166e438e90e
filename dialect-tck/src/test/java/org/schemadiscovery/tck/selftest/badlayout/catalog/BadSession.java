package org.schemadiscovery.tck.selftest.badlayout.catalog;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.tck.selftest.badlayout.BadStrategy;
import org.schemadiscovery.tck.selftest.badlayout.render.BadScript;

/** The broken fixture's session: static state, a dependency back on the providers, and a cycle with render. */
public final class BadSession implements DiscoverySession {
    private static final AtomicInteger OPENED = new AtomicInteger();
    private static String lastDialect;

    private final DiscoveryContext context;

    public BadSession(DiscoveryContext context) {
        this.context = context;
        OPENED.incrementAndGet();
        lastDialect = new BadStrategy().dialect();
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
        return List.of(BadScript.quote(lastDialect));
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
