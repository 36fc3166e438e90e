package org.schemadiscovery.dialect.postgresql.catalog;

import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.support.SqlResources;

/**
 * The catalog queries, one {@code .sql} resource per query beside this class, read once when the plugin is built
 * (the {@link SqlResources} convention). A line {@code -- @include scope.sql} pulls in the shared scope prefix;
 * {@code ${name}} placeholders are the version fragments of {@link PgFeatures#sqlFragments()}, filled in per session
 * by {@link #forVersion(PgFeatures)}.
 */
public final class CatalogSql {
    /** Every query file, in the order a full discovery runs them. */
    public static final List<String> QUERIES = List.of(
            "begin", "session-settings", "export-snapshot", "savepoint", "probe", "schemas", "comments", "privileges",
            "sequences", "relations",
            "columns", "triggers", "policies", "types", "routines", "extensions", "indexes", "constraints", "unused-indexes",
            "locks", "dropped", "lock-timeout", "rollback-to-savepoint", "end", "fingerprint", "fingerprint-token");

    private final SqlResources templates;

    private CatalogSql(SqlResources templates) {
        this.templates = templates;
    }

    /** Reads every query resource. */
    public static CatalogSql load() {
        return new CatalogSql(SqlResources.load(name -> CatalogSql.class.getResourceAsStream(name), QUERIES));
    }

    /** The queries with this server's version fragments filled in; every placeholder must have one. */
    public Map<String, String> forVersion(PgFeatures features) {
        return templates.fillAll(features.sqlFragments());
    }

    /**
     * The queries as a session runs them under a table restriction: {@link RestrictedSql} applied to the texts of
     * {@link #forVersion(PgFeatures)} (those without a restriction test unchanged).
     */
    public static Map<String, String> restricted(Map<String, String> forVersion) {
        return RestrictedSql.derive(forVersion);
    }

    /** The raw template of one query (placeholders unresolved). */
    public String template(String name) {
        return templates.text(name);
    }
}
