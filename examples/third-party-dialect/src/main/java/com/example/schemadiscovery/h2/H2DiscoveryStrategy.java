package com.example.schemadiscovery.h2;

import com.example.schemadiscovery.h2.catalog.H2Errors;
import com.example.schemadiscovery.h2.catalog.H2Session;
import com.google.auto.service.AutoService;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;

/** H2 2.x: tables, columns, keys and CHECK constraints from INFORMATION_SCHEMA, indexes from H2's own views. */
@AutoService(DiscoveryStrategy.class)
public final class H2DiscoveryStrategy implements DiscoveryStrategy {
    @Override
    public String dialect() {
        return H2Dialect.ID;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public int score(DatabaseIdentity identity) {
        return "H2".equalsIgnoreCase(identity.product().strip()) && identity.version().startsWith("2.") ? 100 : 0;
    }

    @Override
    public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
        return new DatabaseCapabilities(Set.of(Capability.FOREIGN_KEYS, Capability.CHECK_CONSTRAINTS), Map.of());
    }

    @Override
    public DiscoverySession open(DiscoveryContext context) {
        return new H2Session(context);
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return H2Errors.classify(error);
    }
}
