package org.schemadiscovery.dialect.mysql;

import com.google.auto.service.AutoService;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.dialect.mysql.catalog.CatalogSql;
import org.schemadiscovery.dialect.mysql.catalog.MysqlErrors;
import org.schemadiscovery.dialect.mysql.catalog.MysqlSession;
import org.schemadiscovery.dialect.mysql.catalog.ServerVersion;

/**
 * The MySQL/MariaDB dialect's entry point. Scores MariaDB and MySQL servers (told apart by the version string, which
 * decides the capabilities and the catalog statements), opens snapshot sessions reading {@code information_schema}
 * with set-based statements, and classifies errors by vendor code and SQLSTATE. Stateless and thread-safe: the
 * statements are read once, when the provider is built.
 *
 * <p>URLs: {@code jdbc:mariadb://host:3306/db?user=u}. MariaDB Connector/J 3 accepts {@code jdbc:mysql:} only when
 * the URL itself says {@code permitMysqlScheme} ({@code jdbc:mysql://host:3306/db?permitMysqlScheme&user=u}); a
 * connection property is not enough, because the driver decides from the URL alone whether it is addressed.
 */
@AutoService(DiscoveryStrategy.class)
public final class MysqlDiscoveryStrategy implements DiscoveryStrategy {
    /** Score for MariaDB 10.2+ and MySQL 5.7+, whose catalogs this plugin reads in full. */
    public static final int SCORE = 100;
    /** Score for older servers of the family: most statements fit, some fall back to generic discovery. */
    public static final int OLD_SCORE = 60;
    /** Score for engines that speak MySQL with a catalog of their own (TiDB, Vitess, ...): their plugin should win. */
    public static final int COMPATIBLE_SCORE = 40;

    private final CatalogSql sql = CatalogSql.load();

    @Override
    public String dialect() {
        return MysqlDialect.ID;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public int score(DatabaseIdentity identity) {
        if (identity == null) {
            return 0;
        }
        ServerVersion server = ServerVersion.of(identity);
        return switch (server.flavor()) {
            case MARIADB -> server.atLeast(10, 2, 0) ? SCORE : OLD_SCORE;
            case MYSQL -> server.atLeast(5, 7, 0) ? SCORE : OLD_SCORE;
            case COMPATIBLE -> COMPATIBLE_SCORE;
            case OTHER -> 0;
        };
    }

    @Override
    public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
        ServerVersion server = ServerVersion.of(identity);
        return new DatabaseCapabilities(server.features(), Map.of(
                "flavor", server.flavor().name().toLowerCase(Locale.ROOT),
                "server_version", server.major() + "." + server.minor() + "." + server.patch()));
    }

    @Override
    public DiscoverySession open(DiscoveryContext context) throws SQLException {
        ServerVersion server = ServerVersion.of(context.identity());
        return MysqlSession.open(context, server, sql.forServer(server));
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return MysqlErrors.classify(error);
    }
}
