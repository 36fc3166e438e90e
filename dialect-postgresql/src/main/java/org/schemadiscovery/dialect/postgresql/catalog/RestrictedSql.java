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
 * from the few wanted oids by index. Where the planner still scans a whole catalog that way (the columns query:
 * all of {@code pg_attribute}; the index queries: all of {@code pg_index}; the constraints query: all of
 * {@code pg_constraint}), the query starts from {@code wanted} itself and looks its relations and their parts up by
 * oid. Queries on sequences test {@code c.oid IN (SELECT o.oid FROM owned_sequences o)} the same way (the sequences
 * the wanted relations own), and the sequences query starts from those.
 */
final class RestrictedSql {
    /**
     * The restriction test of a query on relations (or on sequences: those the wanted relations own), with the alias
     * of the oid column and the set it must be in.
     */
    private static final Pattern OR_RESTRICTED = Pattern.compile("\\(NOT p\\.restricted OR ([a-z]+\\.[a-z]+) IN "
            + "(\\(SELECT (?:w\\.oid FROM wanted w|o\\.oid FROM owned_sequences o)\\))\\)");

    /** The wanted relations, each once (a restriction naming a table twice reads it once, as the semi-join does). */
    private static final String WANTED = "FROM (SELECT DISTINCT w.oid FROM wanted w) w\n";

    /**
     * A query driven from {@code wanted} under a restriction: how it starts, how it starts then, and its filter on
     * wanted, dropped then.
     */
    private record Driven(String from, String fromWanted, String filter) {
    }

    /** The index queries: from pg_index to the index and its table, then from the table to its indexes. */
    private static final Driven BY_TABLE_OF_INDEX = new Driven(
            "FROM pg_catalog.pg_index i\nJOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid\n"
                    + "JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid\n",
            WANTED + "JOIN pg_catalog.pg_class tc ON tc.oid = w.oid\n"
                    + "JOIN pg_catalog.pg_index i ON i.indrelid = tc.oid\n"
                    + "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid\n",
            "\n  AND tc.oid IN (SELECT w.oid FROM wanted w)");

    private static final Map<String, Driven> DRIVEN = Map.of(
            "columns", new Driven(
                    "FROM pg_catalog.pg_attribute a\nJOIN pg_catalog.pg_class c ON c.oid = a.attrelid\n",
                    WANTED + "JOIN pg_catalog.pg_class c ON c.oid = w.oid\n"
                            + "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid\n",
                    "\n  AND c.oid IN (SELECT w.oid FROM wanted w)"),
            "constraints", new Driven(
                    "FROM pg_catalog.pg_constraint k\nJOIN pg_catalog.pg_class c ON c.oid = k.conrelid\n",
                    WANTED + "JOIN pg_catalog.pg_class c ON c.oid = w.oid\n"
                            + "JOIN pg_catalog.pg_constraint k ON k.conrelid = c.oid\n",
                    "\n  AND c.oid IN (SELECT w.oid FROM wanted w)"),
            "indexes", BY_TABLE_OF_INDEX,
            "unused-indexes", BY_TABLE_OF_INDEX,
            "sequences", new Driven(
                    "FROM pg_catalog.pg_sequence sq\nJOIN pg_catalog.pg_class c ON c.oid = sq.seqrelid\n",
                    "FROM (SELECT DISTINCT o.oid FROM owned_sequences o) o\n"
                            + "JOIN pg_catalog.pg_sequence sq ON sq.seqrelid = o.oid\n"
                            + "JOIN pg_catalog.pg_class c ON c.oid = sq.seqrelid\n",
                    "\n  AND c.oid IN (SELECT o.oid FROM owned_sequences o)"));

    private RestrictedSql() {
    }

    /**
     * The restricted variant of every query (those without a restriction test unchanged).
     *
     * @throws IllegalStateException when a driven query no longer has the shape this rewrites
     */
    static Map<String, String> derive(Map<String, String> unrestricted) {
        Map<String, String> out = new LinkedHashMap<>();
        unrestricted.forEach((name, text) -> out.put(name, derive(name, text)));
        return Map.copyOf(out);
    }

    static String derive(String name, String text) {
        String plain = OR_RESTRICTED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + " IN " + m.group(2)));
        Driven driven = DRIVEN.get(name);
        if (driven == null) {
            return plain;
        }
        if (!plain.contains(driven.from()) || !plain.contains(driven.filter())) {
            throw new IllegalStateException("the " + name + " query no longer has the start and the filter on wanted"
                    + " that " + RestrictedSql.class.getSimpleName() + " rewrites; update it");
        }
        return plain.replace(driven.from(), driven.fromWanted()).replace(driven.filter(), "");
    }
}
