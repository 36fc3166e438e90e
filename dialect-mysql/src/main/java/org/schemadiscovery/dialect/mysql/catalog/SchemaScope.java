package org.schemadiscovery.dialect.mysql.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.DiscoveryScope;

/**
 * The databases (schemas) a run covers, and the one parameter every scoped catalog statement takes for them.
 *
 * <p>Which databases: the system databases ({@code mysql}, {@code information_schema}, {@code performance_schema},
 * {@code sys}) never, unless an include pattern names one exactly; with no include pattern, the database the
 * connection uses (the JDBC URL's), or every database the account sees when the URL names none; otherwise those the
 * include patterns match; exclude patterns always apply.
 *
 * <p>With a table restriction ({@link DiscoveryScope#tables()}), the statements about tables and views take a second
 * parameter, twice: {@link #tablesParameter()}.
 *
 * @param names    database names in order
 * @param defaults each database's default character set and collation
 * @param tables   the tables and views wanted, empty for every one
 */
record SchemaScope(List<String> names, Map<String, Defaults> defaults, Set<TableRef> tables) {
    /** The system databases, left out unless named exactly. */
    static final Set<String> SYSTEM = Set.of("mysql", "information_schema", "performance_schema", "sys");

    /**
     * Default character set and collation of a database.
     *
     * @param charset   default character set
     * @param collation default collation
     */
    record Defaults(String charset, String collation) {
    }

    SchemaScope {
        names = List.copyOf(names);
        defaults = Map.copyOf(defaults);
        tables = Set.copyOf(tables);
    }

    /** Selects the databases of the schemas query that the scope covers. */
    static SchemaScope select(List<Row> schemaRows, DiscoveryScope scope) {
        String current = schemaRows.stream().filter(r -> r.yes("is_current")).map(r -> r.text("schema_name"))
                .findFirst().orElse(null);
        List<String> names = new ArrayList<>();
        Map<String, Defaults> defaults = new LinkedHashMap<>();
        for (Row r : schemaRows) {
            String name = r.text("schema_name");
            if (covers(scope, name, current)) {
                names.add(name);
                defaults.put(name, new Defaults(r.text("default_charset"), r.text("default_collation")));
            }
        }
        names.sort(null);
        return new SchemaScope(names, defaults, scope.tables());
    }

    private static boolean covers(DiscoveryScope scope, String name, String current) {
        if (!scope.includesSchema(name)) {
            return false;
        }
        if (SYSTEM.contains(name.toLowerCase(Locale.ROOT))) {
            return scope.includeSchemas().contains(name);
        }
        if (scope.includeSchemas().isEmpty() && current != null) {
            return name.equals(current);
        }
        return true;
    }

    /** The parameter of the scoped statements: {@code |HEX(name)|HEX(name)|}, or {@code ||} for none. */
    String parameter() {
        StringBuilder sb = new StringBuilder("|");
        for (String name : names) {
            // information_schema names are utf8mb3: identifiers are limited to the BMP, so UTF-8 bytes match HEX()
            sb.append(HexFormat.of().withUpperCase().formatHex(name.getBytes(StandardCharsets.UTF_8))).append('|');
        }
        return names.isEmpty() ? "||" : sb.toString();
    }

    /**
     * The table restriction's parameter: {@code |HEX(schema).HEX(name)|...} (hexadecimal digits never contain the
     * separators, so any name matches exactly), or {@code ||} for no restriction.
     */
    String tablesParameter() {
        if (tables.isEmpty()) {
            return "||";
        }
        StringBuilder sb = new StringBuilder("|");
        for (TableRef t : new TreeSet<>(tables)) {
            sb.append(hex(String.valueOf(t.schema()))).append('.').append(hex(t.name())).append('|');
        }
        return sb.toString();
    }

    /** True when the table or view is wanted (always without a table restriction). */
    boolean wants(TableRef table) {
        return tables.isEmpty() || tables.contains(table);
    }

    private static String hex(String name) {
        return HexFormat.of().withUpperCase().formatHex(name.getBytes(StandardCharsets.UTF_8));
    }

    /** True when the database is in scope. */
    boolean contains(String schema) {
        return defaults.containsKey(schema);
    }
}
