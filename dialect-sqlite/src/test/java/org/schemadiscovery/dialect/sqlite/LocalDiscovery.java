package org.schemadiscovery.dialect.sqlite;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.ConnectionSource;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.core.jdbc.CountingJdbc;
import org.schemadiscovery.core.jdbc.StatementCounter;

/**
 * Drives the four SQLite services the way core does (identify, open, probe, tables, views, indexes, constraints,
 * recommendations) over core's counting proxy, which records every execution and every metadata call (not merely
 * the statements prepared), so the plugin can be tested on its own and its statement counts mean what core's do.
 */
final class LocalDiscovery {
    private LocalDiscovery() {
    }

    /** Discovers everything. */
    static SchemaInfo discover(Connection raw) throws SQLException {
        return discover(raw, DiscoveryOptions.defaults());
    }

    /** Discovers with these options; the statements sent are in {@code metrics().statementTexts()}. */
    static SchemaInfo discover(Connection raw, DiscoveryOptions options) throws SQLException {
        StatementCounter counter = new StatementCounter();
        Connection counting = new CountingJdbc(counter).wrap(raw);
        ConnectionSource source = new ConnectionSource() {
            @Override
            public Connection connection() {
                return counting;
            }

            @Override
            public boolean canOpen() {
                return false;
            }

            @Override
            public Connection openAnother() {
                throw new UnsupportedOperationException();
            }
        };
        SqliteDiscoveryStrategy strategy = new SqliteDiscoveryStrategy();
        DatabaseMetaData md = raw.getMetaData();
        DatabaseIdentity identity = new DatabaseIdentity(md.getDatabaseProductName(),
                md.getDatabaseProductVersion(), md.getDatabaseMajorVersion(), md.getDatabaseMinorVersion(),
                md.getDriverName() + " " + md.getDriverVersion(), md.getURL(), null);
        if (strategy.score(identity) <= 0) {
            throw new IllegalStateException("not SQLite: " + identity);
        }
        identity = identity.withDialect(strategy.dialect());
        DiscoveryScope scope = options.scope();
        DiscoveryContext context = new DiscoveryContext(source, identity, options,
                Instant.now().plus(options.timeout()), options.statementTimeout(), null, null);
        long start = System.nanoTime();
        try (DiscoverySession session = strategy.open(context)) {
            DatabaseCapabilities capabilities = strategy.capabilities(identity).merge(session.probe());
            List<String> schemas = session.schemas(scope);
            Discovered<TableInfo> tables = session.tables(scope);
            Discovered<ViewInfo> views = session.views(scope);
            Discovered<IndexInfo> indexes = new SqliteIndexDiscovery().indexes(session, scope);
            Discovered<ConstraintInfo> constraints = new SqliteConstraintDiscovery().constraints(session, scope);
            Map<TableRef, List<IndexInfo>> indexesByTable = new HashMap<>(indexes.byTable(IndexInfo::table));
            Map<TableRef, List<ConstraintInfo>> constraintsByTable = constraints.byTable(ConstraintInfo::table);
            List<TableInfo> merged = new ArrayList<>();
            for (TableInfo t : tables.items()) {
                merged.add(t.withIndexes(indexesByTable.getOrDefault(t.ref(), List.of()))
                        .withConstraints(constraintsByTable.getOrDefault(t.ref(), List.of())));
            }
            List<DiscoveryWarning> warnings = new ArrayList<>(tables.warnings());
            warnings.addAll(views.warnings());
            warnings.addAll(indexes.warnings());
            warnings.addAll(constraints.warnings());
            SchemaInfo schema = new SchemaInfo(identity, capabilities, schemas, merged, views.items(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), warnings, null);
            schema = schema.withRecommendations(session.recommendations(schema));
            return schema.withMetrics(new DiscoveryMetrics(List.of(), System.nanoTime() - start,
                    counter.statements(), counter.rows(), counter.texts(), 0));
        }
    }
}
