package org.schemadiscovery.dialect.postgresql;

import com.google.auto.service.AutoService;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.dialect.postgresql.catalog.CatalogSql;
import org.schemadiscovery.dialect.postgresql.catalog.PgErrors;
import org.schemadiscovery.dialect.postgresql.catalog.PgFeatures;
import org.schemadiscovery.dialect.postgresql.catalog.PgSession;

/**
 * The PostgreSQL dialect's entry point: scores PostgreSQL 12 and later, opens snapshot sessions that read the
 * catalogs with set-based queries, and classifies errors by SQLSTATE. Stateless and thread-safe: the catalog queries
 * are read once, when the provider is built, and never change.
 */
@AutoService(DiscoveryStrategy.class)
public final class PostgresDiscoveryStrategy implements DiscoveryStrategy {
    /** Score for a PostgreSQL server this plugin was written for. */
    public static final int SCORE = 100;
    /** Score for a server whose version string says it is a fork: a fork's own plugin should win. */
    public static final int FORK_SCORE = 50;
    /** Markers in a version string that name a PostgreSQL fork or a PostgreSQL-compatible engine. */
    private static final List<String> FORK_MARKERS = List.of("greenplum", "cockroach", "yugabyte", "-yb-",
            "redshift", "enterprisedb", "edb ", "babelfish", "opengauss", "gaussdb", "polardb", "cratedb");

    private final CatalogSql sql = CatalogSql.load();

    @Override
    public String dialect() {
        return PostgresDialect.ID;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public int score(DatabaseIdentity identity) {
        if (identity == null || !"PostgreSQL".equalsIgnoreCase(identity.product().strip())) {
            return 0;
        }
        String version = identity.version().toLowerCase(Locale.ROOT);
        if (FORK_MARKERS.stream().anyMatch(version::contains)) {
            return FORK_SCORE;
        }
        return PgFeatures.of(identity).supported() ? SCORE : 0;
    }

    @Override
    public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
        PgFeatures features = PgFeatures.of(identity);
        return new DatabaseCapabilities(features.features(),
                Map.of("server_version_num", String.valueOf(features.versionNum())));
    }

    @Override
    public DiscoverySession open(DiscoveryContext context) throws SQLException {
        PgFeatures features = PgFeatures.of(context.identity());
        return PgSession.open(context, features, sql.forVersion(features));
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return PgErrors.classify(error);
    }
}
