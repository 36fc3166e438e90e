package org.schemadiscovery.dialect.mysql.catalog;

import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.support.SqlResources;

/**
 * The catalog statements, one {@code .sql} resource per statement beside this class, read once when the plugin is
 * built (the {@link SqlResources} convention). {@code ${name}} placeholders are filled per server with
 * {@link ServerVersion#sqlFragments()}; {@code ${sequence}} stays, for the session to fill per sequence. Immutable
 * and thread-safe.
 */
public final class CatalogSql {
    /** Every statement, in the order a full discovery may run them. */
    public static final List<String> QUERIES = List.of(
            "begin", "stats-expiry-read", "stats-expiry-set", "probe", "schemas", "tables", "columns", "partitions",
            "triggers", "views", "sequence-values", "routines", "parameters", "statistics", "table-constraints",
            "key-columns", "referential", "checks", "privileges", "routine-privileges", "rollback", "fingerprint");

    private final SqlResources templates;

    private CatalogSql(SqlResources templates) {
        this.templates = templates;
    }

    /** Reads every statement resource. */
    public static CatalogSql load() {
        return new CatalogSql(SqlResources.load(name -> CatalogSql.class.getResourceAsStream(name), QUERIES));
    }

    /** The text of one statement as stored, placeholders unresolved. */
    public String template(String name) {
        return templates.text(name);
    }

    /** Every statement with this server's fragments in place of their placeholders. */
    public Map<String, String> forServer(ServerVersion server) {
        return templates.fill(server.sqlFragments());
    }
}
