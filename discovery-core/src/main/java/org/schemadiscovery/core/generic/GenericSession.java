package org.schemadiscovery.core.generic;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schemadiscovery.api.model.Capability;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;

/**
 * A generic session: no snapshot, no connection changes; metadata calls through the context's counting connection.
 * Caches what several phases share (relations, columns, primary keys) for the life of the session.
 */
final class GenericSession implements DiscoverySession {
    private final DiscoveryContext context;
    private GenericCatalog catalog;

    GenericSession(DiscoveryContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public DiscoveryContext context() {
        return context;
    }

    /** The catalog reader of this session, created on first use. */
    GenericCatalog catalog() throws SQLException {
        if (catalog == null) {
            catalog = new GenericCatalog(connection());
        }
        return catalog;
    }

    @Override
    public DatabaseCapabilities probe() throws SQLException {
        DatabaseMetaData md = connection().getMetaData();
        List<String> features = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        if (md.supportsSchemasInTableDefinitions()) {
            features.add(Capability.SCHEMAS);
        }
        if (md.supportsDataDefinitionAndDataManipulationTransactions()) {
            features.add(Capability.TRANSACTIONAL_DDL);
        }
        settings.put("generic.bulk-keys", Boolean.toString(catalog().bulkKeys()));
        return new DatabaseCapabilities(new java.util.HashSet<>(features), settings);
    }

    @Override
    public List<String> schemas(DiscoveryScope scope) throws SQLException {
        return catalog().schemas(scope);
    }

    @Override
    public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
        return Discovered.of(catalog().tables(scope));
    }

    @Override
    public Discovered<ViewInfo> views(DiscoveryScope scope) throws SQLException {
        return Discovered.of(catalog().views(scope));
    }

    @Override
    public void close() {
        catalog = null;
    }
}
