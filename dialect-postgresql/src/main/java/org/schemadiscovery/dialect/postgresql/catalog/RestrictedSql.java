package org.schemadiscovery.dialect.postgresql.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog queries as a session runs them under a table restriction ({@code DiscoveryScope.tables}), derived from
 * the unrestricted texts, which stay as they are.
 *
 * <p>A query on relations filters with {@code (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))} (see
 * {@code scope.sql}). The {@code OR} keeps the planner from using the restriction: it scans every relation (and, for
 * the columns query, all of {@code pg_attribute}) and tests each. Under a restriction {@code p.restricted} is true,
 * so the condition is the plain semi-join {@code c.oid IN (SELECT w.oid FROM wanted w)}, which the planner drives
 * from the few wanted oids by index. The columns query goes further and starts from {@code wanted} itself, looking up
 * its relations and their attributes by oid (distinct oids: a restriction naming a table twice reads it once, as the
 * semi-join does).
 */
final class RestrictedSql {
    /** The restriction test of a query on relations, with the alias of the relation's oid column. */
    private static final Pattern OR_RESTRICTED = Pattern.compile(
            "\\(NOT p\\.restricted OR ([a-z]+\\.[a-z]+) IN \\(SELECT w\\.oid FROM wanted w\\)\\)");

    /** How the columns query starts, and how it starts under a restriction (its filter on wanted is then dropped). */
    private static final String COLUMNS_FROM = "FROM pg_catalog.pg_attribute a\nJOIN pg_catalog.pg_class c ON c.oid = a.attrelid\n";
    private static final String COLUMNS_FROM_WANTED = "FROM (SELECT DISTINCT w.oid FROM wanted w) w\nJOIN pg_catalog.pg_class c ON c.oid = w.oid\n"
            + "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid\n";
    private static final String COLUMNS_FILTER = "\n  AND c.oid IN (SELECT w.oid FROM wanted w)";

    private RestrictedSql() {
    }

    /**
     * The restricted variant of every query (those without a restriction test unchanged).
     *
     * @throws IllegalStateException when the columns query no longer has the shape this rewrites
     */
    static Map<String, String> derive(Map<String, String> unrestricted) {
        Map<String, String> out = new LinkedHashMap<>();
        unrestricted.forEach((name, text) -> out.put(name, derive(name, text)));
        return Map.copyOf(out);
    }

    static String derive(String name, String text) {
        String plain = OR_RESTRICTED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + " IN (SELECT w.oid FROM wanted w)"));
        if (!name.equals("columns")) {
            return plain;
        }
        if (!plain.contains(COLUMNS_FROM) || !plain.contains(COLUMNS_FILTER)) {
            throw new IllegalStateException("the columns query no longer starts from pg_attribute joined to pg_class"
                    + " with a filter on wanted; update " + RestrictedSql.class.getSimpleName());
        }
        return plain.replace(COLUMNS_FROM, COLUMNS_FROM_WANTED).replace(COLUMNS_FILTER, "");
    }
}
