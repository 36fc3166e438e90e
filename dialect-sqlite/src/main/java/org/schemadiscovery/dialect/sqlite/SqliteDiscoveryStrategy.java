package org.schemadiscovery.dialect.sqlite;

import com.google.auto.service.AutoService;
import java.sql.SQLException;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.dialect.sqlite.catalog.SqliteCapabilities;
import org.schemadiscovery.dialect.sqlite.catalog.SqliteErrors;
import org.schemadiscovery.dialect.sqlite.catalog.SqliteSession;

/**
 * The SQLite dialect's entry point: identifies SQLite, states its capabilities and opens read-only sessions whose
 * catalog queries join {@code sqlite_schema} with the pragma table-valued functions, so the statements sent do not
 * grow with the number of tables. Stateless and thread-safe.
 */
@AutoService(DiscoveryStrategy.class)
public final class SqliteDiscoveryStrategy implements DiscoveryStrategy {
    /** Score for a database reporting itself as SQLite. */
    static final int SCORE = 100;

    /** For {@link java.util.ServiceLoader}. */
    public SqliteDiscoveryStrategy() {
    }

    @Override
    public String dialect() {
        return SqliteDialect.ID;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public int score(DatabaseIdentity identity) {
        return "SQLite".equalsIgnoreCase(identity.product().strip()) ? SCORE : 0;
    }

    @Override
    public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
        return SqliteCapabilities.forVersion(identity);
    }

    @Override
    public DiscoverySession open(DiscoveryContext context) throws SQLException {
        return SqliteSession.open(context);
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return SqliteErrors.classify(error);
    }
}
