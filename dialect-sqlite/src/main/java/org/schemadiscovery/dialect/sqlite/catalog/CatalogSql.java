package org.schemadiscovery.dialect.sqlite.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.schemadiscovery.api.support.SqlResources;
import org.schemadiscovery.dialect.sqlite.parse.Names;

/**
 * The catalog queries, one {@code .sql} resource per query beside this class, read once (the {@link SqlResources}
 * convention). {@code ${schema_objects}} is filled per call with one {@code objects_part} branch per schema in scope,
 * {@code ${wanted}} with the table restriction's CTE ({@code wanted.sql}): every query built on the parts takes the
 * restriction as parameter 1, a JSON array of [schema, name] pairs (empty: none).
 */
public final class CatalogSql {
    private static final SqlResources SQL = SqlResources.load(name -> CatalogSql.class.getResourceAsStream(name),
            List.of("query_only_get", "query_only_on", "query_only_off", "databases", "probe", "virtual_tables",
                    "schema_version", "column_one", "objects", "columns", "indexes", "foreign_keys", "objects_part",
                    "fingerprint", "wanted", "schema_cookie"));

    /** Current {@code query_only} value. */
    public static final String QUERY_ONLY_GET = SQL.text("query_only_get");
    /** Turns {@code query_only} on. */
    public static final String QUERY_ONLY_ON = SQL.text("query_only_on");
    /** Turns {@code query_only} off again. */
    public static final String QUERY_ONLY_OFF = SQL.text("query_only_off");
    /** Attached databases. */
    public static final String DATABASES = SQL.text("databases");
    /** Runtime settings, compile options, modules, functions. */
    public static final String PROBE = SQL.text("probe");
    /** Loaded virtual-table modules and shadow tables (read when virtual tables exist). */
    public static final String VIRTUAL_TABLES = SQL.text("virtual_tables");
    /** The main schema's schema cookie. */
    public static final String SCHEMA_VERSION = SQL.text("schema_version");
    /** Columns of one object: parameter 1 = name, 2 = schema. */
    public static final String COLUMN_ONE = SQL.text("column_one");

    private CatalogSql() {
    }

    /** Stored definitions of the schemas. */
    public static String objects(List<SchemaRow> schemas) {
        return forSchemas("objects", schemas);
    }

    /** The {@code schema_version} of one schema (no schema parse). */
    public static String schemaCookie(String schema) {
        return SqlResources.fill(SQL.text("schema_cookie"), Map.of("schema_identifier", Names.quote(schema)));
    }

    /** Stored definitions of the schemas as the fingerprint hashes them. */
    public static String fingerprint(List<SchemaRow> schemas) {
        return forSchemas("fingerprint", schemas);
    }

    /**
     * Columns of all objects of the schemas (parameter 1: the restriction, 2: views and virtual tables too, 3: pairs
     * to skip).
     */
    public static String columns(List<SchemaRow> schemas) {
        return forSchemas("columns", schemas);
    }

    /** Index key columns of all tables of the schemas. */
    public static String indexes(List<SchemaRow> schemas) {
        return forSchemas("indexes", schemas);
    }

    /** Foreign-key columns of all tables of the schemas. */
    public static String foreignKeys(List<SchemaRow> schemas) {
        return forSchemas("foreign_keys", schemas);
    }

    /**
     * The query with its {@code objects} CTE reading the {@code sqlite_schema} of each schema. The text names the
     * schemas, never a table, so it is the same for 10 or 10,000 tables.
     */
    private static String forSchemas(String query, List<SchemaRow> schemas) {
        String parts = schemas.stream()
                .map(s -> SqlResources.fill(SQL.text("objects_part"), Map.of("seq", Integer.toString(s.seq()),
                        "schema_literal", Names.literal(s.name()), "schema_identifier", Names.quote(s.name()))))
                .collect(Collectors.joining("\nUNION ALL "));
        return SqlResources.fill(SQL.text(query), Map.of("schema_objects", parts, "wanted", SQL.text("wanted")));
    }
}
