package org.schemadiscovery.dialect.sqlite.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.schemadiscovery.dialect.sqlite.parse.Names;

/** The catalog queries, read once from the {@code .sql} resources beside this class. */
public final class CatalogSql {
    /** Current {@code query_only} value. */
    public static final String QUERY_ONLY_GET = load("query_only_get.sql");
    /** Turns {@code query_only} on. */
    public static final String QUERY_ONLY_ON = load("query_only_on.sql");
    /** Turns {@code query_only} off again. */
    public static final String QUERY_ONLY_OFF = load("query_only_off.sql");
    /** Attached databases. */
    public static final String DATABASES = load("databases.sql");
    /** Runtime settings, compile options, modules, functions. */
    public static final String PROBE = load("probe.sql");
    /** Loaded virtual-table modules and shadow tables (read when virtual tables exist). */
    public static final String VIRTUAL_TABLES = load("virtual_tables.sql");
    /** The main schema's schema cookie. */
    public static final String SCHEMA_VERSION = load("schema_version.sql");
    /** Columns of one object: parameter 1 = name, 2 = schema. */
    public static final String COLUMN_ONE = load("column_one.sql");

    private static final String OBJECTS = load("objects.sql");
    private static final String COLUMNS = load("columns.sql");
    private static final String INDEXES = load("indexes.sql");
    private static final String FOREIGN_KEYS = load("foreign_keys.sql");
    private static final String OBJECTS_PART = load("objects_part.sql");

    private CatalogSql() {
    }

    /** Stored definitions of the schemas. */
    public static String objects(List<SchemaRow> schemas) {
        return forSchemas(OBJECTS, schemas);
    }

    /** Columns of all objects of the schemas (parameter 1: views and virtual tables too, 2: pairs to skip). */
    public static String columns(List<SchemaRow> schemas) {
        return forSchemas(COLUMNS, schemas);
    }

    /** Index key columns of all tables of the schemas. */
    public static String indexes(List<SchemaRow> schemas) {
        return forSchemas(INDEXES, schemas);
    }

    /** Foreign-key columns of all tables of the schemas. */
    public static String foreignKeys(List<SchemaRow> schemas) {
        return forSchemas(FOREIGN_KEYS, schemas);
    }

    /**
     * The query with its {@code objects} CTE reading the {@code sqlite_schema} of each schema. The text names the
     * schemas, never a table, so it is the same for 10 or 10,000 tables.
     */
    private static String forSchemas(String template, List<SchemaRow> schemas) {
        String parts = schemas.stream()
                .map(s -> OBJECTS_PART.replace("{{seq}}", Integer.toString(s.seq()))
                        .replace("{{schema_literal}}", Names.literal(s.name()))
                        .replace("{{schema_identifier}}", Names.quote(s.name())))
                .collect(Collectors.joining("\nUNION ALL "));
        return template.replace("{{schema_objects}}", parts);
    }

    private static String load(String name) {
        try (InputStream in = CatalogSql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Leading comment lines document the query; they are not sent.
            return text.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog query " + name, e);
        }
    }
}
