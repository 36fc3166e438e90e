package org.schemadiscovery.dialect.postgresql.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresConstraintDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresDdlRenderer;
import org.schemadiscovery.dialect.postgresql.PostgresDiscoveryStrategy;
import org.schemadiscovery.dialect.postgresql.PostgresIndexDiscovery;
import org.schemadiscovery.dialect.postgresql.PostgresSchemaNormalizer;

/** Core's facade with exactly this plugin registered (Surefire ignores META-INF/services of the module). */
public final class Discovery {
    private static final Pattern SNAPSHOT_ID = Pattern.compile("^SET TRANSACTION SNAPSHOT '[0-9A-F-]+'$");

    private Discovery() {
    }

    /** A facade with the plugin's services and these options. */
    public static SchemaDiscovery facade(DiscoveryOptions options) {
        return SchemaDiscovery.builder()
                .loadServices(false)
                .register(new PostgresDiscoveryStrategy())
                .register(new PostgresIndexDiscovery())
                .register(new PostgresConstraintDiscovery())
                .register(new PostgresDdlRenderer())
                .register(new PostgresSchemaNormalizer())
                .options(options)
                .build();
    }

    /** A facade with the plugin's services, these options and this listener. */
    public static SchemaDiscovery facade(DiscoveryOptions options, DiscoveryListener listener) {
        return SchemaDiscovery.builder()
                .loadServices(false)
                .register(new PostgresDiscoveryStrategy())
                .register(new PostgresIndexDiscovery())
                .register(new PostgresConstraintDiscovery())
                .register(new PostgresDdlRenderer())
                .register(new PostgresSchemaNormalizer())
                .options(options)
                .listener(listener)
                .build();
    }

    /** Discovers the database with default options. */
    public static SchemaInfo discover(PgDatabase db) {
        return facade(DiscoveryOptions.defaults()).discover(db.url());
    }

    /** Discovers the database with these options. */
    public static SchemaInfo discover(PgDatabase db, DiscoveryOptions options) {
        return facade(options).discover(db.url());
    }

    /** Discovers through a caller's connection. */
    public static SchemaInfo discover(Connection connection) {
        return facade(DiscoveryOptions.defaults()).discover(connection);
    }

    /**
     * The run's statement texts with the snapshot id of {@code SET TRANSACTION SNAPSHOT} masked: PostgreSQL takes no
     * parameter there, so the read-ahead connection's import carries the exported id, which differs every run.
     */
    public static List<String> statementTexts(SchemaInfo schema) {
        return schema.metrics().statementTexts().stream()
                .map(t -> SNAPSHOT_ID.matcher(t).replaceAll("SET TRANSACTION SNAPSHOT '<id>'")).toList();
    }

    /** The DDL script of a model. */
    public static List<String> script(SchemaInfo schema) {
        return new PostgresDdlRenderer().script(schema);
    }

    /** Applies a script to a database. */
    public static void apply(PgDatabase db, List<String> script) throws SQLException {
        db.exec(script);
    }
}
