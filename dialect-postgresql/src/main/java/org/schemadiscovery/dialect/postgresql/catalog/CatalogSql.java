package org.schemadiscovery.dialect.postgresql.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog queries, one {@code .sql} resource per query beside this class, read once when the plugin is built.
 * A line {@code -- @include scope.sql} pulls in the shared scope prefix; {@code ${name}} placeholders are the version
 * fragments of {@link PgFeatures#sqlFragments()}, filled in per session by {@link #forVersion(PgFeatures)}.
 */
public final class CatalogSql {
    /** Every query file, in the order a full discovery runs them. */
    public static final List<String> QUERIES = List.of(
            "begin", "session-settings", "export-snapshot", "savepoint", "probe", "schemas", "sequences", "relations",
            "columns", "triggers", "policies", "types", "routines", "extensions", "indexes", "constraints", "unused-indexes",
            "locks", "dropped", "lock-timeout", "rollback-to-savepoint", "end");

    private static final Pattern INCLUDE = Pattern.compile("(?m)^--\\s*@include\\s+(\\S+)\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    private final Map<String, String> templates;

    private CatalogSql(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** Reads every query resource. */
    public static CatalogSql load() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : QUERIES) {
            m.put(name, resolveIncludes(read(name + ".sql")));
        }
        return new CatalogSql(m);
    }

    /** The queries with this server's version fragments filled in. */
    public Map<String, String> forVersion(PgFeatures features) {
        Map<String, String> fragments = features.sqlFragments();
        Map<String, String> out = new LinkedHashMap<>();
        templates.forEach((name, sql) -> {
            Matcher m = PLACEHOLDER.matcher(sql);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String value = fragments.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException("query " + name + " uses unknown placeholder " + m.group());
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            out.put(name, sb.toString());
        });
        return Map.copyOf(out);
    }

    /** The raw template of one query (placeholders unresolved). */
    public String template(String name) {
        String sql = templates.get(name);
        if (sql == null) {
            throw new IllegalArgumentException("no catalog query " + name);
        }
        return sql;
    }

    private static String resolveIncludes(String sql) {
        Matcher m = INCLUDE.matcher(sql);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(stripComments(read(m.group(1))).strip()));
        }
        m.appendTail(sb);
        return stripComments(sb.toString()).strip();
    }

    /** Drops whole-line comments, so the statement text the server and the metrics see is the query alone. */
    private static String stripComments(String sql) {
        StringBuilder sb = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            if (!line.stripLeading().startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String read(String resource) {
        try (InputStream in = CatalogSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalog query " + resource, e);
        }
    }
}
