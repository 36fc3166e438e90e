package org.schemadiscovery.tck.selftest;

import java.time.Duration;
import java.util.EnumSet;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.ObjectKind;
import org.schemadiscovery.tck.DialectServices;
import org.schemadiscovery.tck.selfcheck.ForwardingStrategy;

/**
 * The reference for the scale and failure groups: generic with {@link SetBasedTablesSession} reading the tables,
 * asked for tables only (generic reads keys and indexes per table, which the scale group rightly rejects).
 */
public class SetBasedTablesKit extends SqliteSelfTestKit {
    public SetBasedTablesKit() {
        super(() -> setBased(SqliteSelfTestKit.generic()));
    }

    static DialectServices setBased(DialectServices generic) {
        return new DialectServices(new ForwardingStrategy(generic.strategy(), SetBasedTablesSession::new),
                generic.indexDiscovery(), generic.constraintDiscovery(), generic.renderer());
    }

    @Override
    protected DiscoveryOptions options() {
        return tablesOnly();
    }

    static DiscoveryOptions tablesOnly() {
        return DiscoveryOptions.builder().timeout(Duration.ofMinutes(2)).kinds(EnumSet.of(ObjectKind.TABLES)).build();
    }
}
