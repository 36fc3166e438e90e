package org.schemadiscovery.dialect.postgresql.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog queries as a session runs them under a table restriction ({@code DiscoveryScope.tables}), derived from
 * the unrestricted texts, which stay as they are: the texts with {@code p.restricted} known to be true.
 *
 * <p>A query on relations filters with {@code (NOT p.restricted OR c.oid IN (SELECT w.oid FROM wanted w))} (see
 * {@code scope.sql}). The {@code OR} keeps the planner from using the restriction: it scans every relation (and, for
 * the columns query, all of {@code pg_attribute}) and tests each. Under a restriction {@code p.restricted} is true,
 * so the condition is the plain semi-join {@code c.oid IN (SELECT w.oid FROM wanted w)}. The planner may still scan a
 * whole catalog for that semi-join (it cannot tell how few oids {@code wanted} holds: the relations query hashed all
 * of {@code pg_class}), so every query or branch on relations or their parts starts from {@code wanted} itself and
 * looks its relations and their parts up by oid. Queries on sequences test
 * {@code c.oid IN (SELECT o.oid FROM owned_sequences o)} the same way (the sequences the wanted relations own), and
 * start from those. A branch guarded by {@code NOT p.restricted} alone reads what a partial reread does not keep
 * (comments and privileges of schemas, routines and extensions): it becomes {@code false}, which the planner turns into
 * a branch it never runs.
 */
final class RestrictedSql {
    /**
     * The restriction test of a query on relations (or on sequences: those the wanted relations own), with the alias
     * of the oid column and the set it must be in.
     */
    private static final Pattern OR_RESTRICTED = Pattern.compile("\\(NOT p\\.restricted OR ([a-z]+\\.[a-z]+) IN "
            + "(\\(SELECT (?:w\\.oid FROM wanted w|o\\.oid FROM owned_sequences o)\\))\\)");

    /** The guard of a branch not read under a restriction (the test above rewritten first). */
    private static final Pattern UNRESTRICTED_ONLY = Pattern.compile("\\bNOT p\\.restricted\\b(?! OR)");

    /** The wanted relations, each once (a restriction naming a table twice reads it once, as the semi-join does). */
    private static final String WANTED = "FROM (SELECT DISTINCT w.oid FROM wanted w) w\n";

    /** The filter on wanted of a query or branch on relation {@code c}, once the OR is gone. */
    private static final String C_IN_WANTED = "\n  AND c.oid IN (SELECT w.oid FROM wanted w)";

    /**
     * A query or branch driven from a set of oids under a restriction: how it starts (exactly once in the query),
     * how it starts then, and its filter on that set, which follows in the same branch and is dropped then; an empty
     * filter keeps the branch's own, which passes no more than the set holds.
     */
    private record Driven(String from, String fromWanted, String filter) {
    }

    /** A catalog of parts of relation {@code c} (its oid in {@code alias.relColumn}): from the relation to its parts. */
    private static Driven partsOf(String catalog, String alias, String relColumn) {
        String part = "pg_catalog." + catalog + " " + alias;
        String rel = alias + "." + relColumn;
        return new Driven("FROM " + part + "\nJOIN pg_catalog.pg_class c ON c.oid = " + rel + "\n",
                WANTED + "JOIN pg_catalog.pg_class c ON c.oid = w.oid\nJOIN " + part + " ON " + rel + " = c.oid\n",
                C_IN_WANTED);
    }

    /** The index queries: from pg_index to the index and its table, then from the table to its indexes. */
    private static final Driven BY_TABLE_OF_INDEX = new Driven(
            "FROM pg_catalog.pg_index i\nJOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid\n"
                    + "JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid\n",
            WANTED + "JOIN pg_catalog.pg_class tc ON tc.oid = w.oid\n"
                    + "JOIN pg_catalog.pg_index i ON i.indrelid = tc.oid\n"
                    + "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid\n",
            "\n  AND tc.oid IN (SELECT w.oid FROM wanted w)");

    /** Comments of sequences and indexes: from the owned sequences and the indexes of the wanted relations. */
    private static final Driven SEQUENCE_AND_INDEX_COMMENTS = new Driven(
            "FROM pg_catalog.pg_class c\nJOIN scope s ON s.oid = c.relnamespace\nCROSS JOIN params p\n"
                    + "JOIN pg_catalog.pg_description d\n",
            "FROM (SELECT o.oid FROM owned_sequences o\n"
                    + "      UNION SELECT x.indexrelid FROM wanted w JOIN pg_catalog.pg_index x ON x.indrelid = w.oid) w\n"
                    + "JOIN pg_catalog.pg_class c ON c.oid = w.oid\nJOIN scope s ON s.oid = c.relnamespace\n"
                    + "CROSS JOIN params p\nJOIN pg_catalog.pg_description d\n",
            "");

    /** Owners and privileges of relations and sequences: from the wanted relations and the sequences they own. */
    private static final Driven RELATION_AND_SEQUENCE_PRIVILEGES = new Driven(
            "FROM pg_catalog.pg_class c\n    JOIN scope s ON s.oid = c.relnamespace\n",
            "FROM (SELECT w.oid FROM wanted w UNION SELECT o.oid FROM owned_sequences o) w\n"
                    + "    JOIN pg_catalog.pg_class c ON c.oid = w.oid\n    JOIN scope s ON s.oid = c.relnamespace\n",
            "");

    private static final Map<String, List<Driven>> DRIVEN = Map.of(
            "relations", List.of(new Driven("FROM pg_catalog.pg_class c\nJOIN scope s ON s.oid = c.relnamespace\n",
                    WANTED + "JOIN pg_catalog.pg_class c ON c.oid = w.oid\nJOIN scope s ON s.oid = c.relnamespace\n",
                    C_IN_WANTED)),
            "columns", List.of(partsOf("pg_attribute", "a", "attrelid")),
            "constraints", List.of(partsOf("pg_constraint", "k", "conrelid")),
            "triggers", List.of(partsOf("pg_trigger", "t", "tgrelid")),
            "policies", List.of(partsOf("pg_policy", "pol", "polrelid")),
            "comments", List.of(SEQUENCE_AND_INDEX_COMMENTS, partsOf("pg_constraint", "con", "conrelid"),
                    partsOf("pg_trigger", "tg", "tgrelid"), partsOf("pg_policy", "pol", "polrelid")),
            "privileges", List.of(RELATION_AND_SEQUENCE_PRIVILEGES, partsOf("pg_attribute", "at", "attrelid")),
            "indexes", List.of(BY_TABLE_OF_INDEX),
            "unused-indexes", List.of(BY_TABLE_OF_INDEX),
            "sequences", List.of(new Driven(
                    "FROM pg_catalog.pg_sequence sq\nJOIN pg_catalog.pg_class c ON c.oid = sq.seqrelid\n",
                    "FROM (SELECT DISTINCT o.oid FROM owned_sequences o) o\n"
                            + "JOIN pg_catalog.pg_sequence sq ON sq.seqrelid = o.oid\n"
                            + "JOIN pg_catalog.pg_class c ON c.oid = sq.seqrelid\n",
                    "\n  AND c.oid IN (SELECT o.oid FROM owned_sequences o)")));

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
        String out = UNRESTRICTED_ONLY.matcher(plain).replaceAll("false");
        for (Driven driven : DRIVEN.getOrDefault(name, List.of())) {
            out = drive(name, out, driven);
        }
        return out;
    }

    private static String drive(String name, String text, Driven driven) {
        int start = text.indexOf(driven.from());
        if (start < 0 || text.indexOf(driven.from(), start + 1) >= 0) {
            throw reshaped(name);
        }
        String out = text.substring(0, start) + driven.fromWanted() + text.substring(start + driven.from().length());
        if (driven.filter().isEmpty()) {
            return out;
        }
        int branchStart = start + driven.fromWanted().length();
        int nextBranch = out.indexOf("\nUNION ALL", branchStart);
        int filter = out.indexOf(driven.filter(), branchStart);
        if (filter < 0 || nextBranch >= 0 && filter > nextBranch) {
            throw reshaped(name);
        }
        return out.substring(0, filter) + out.substring(filter + driven.filter().length());
    }

    private static IllegalStateException reshaped(String name) {
        return new IllegalStateException("the " + name + " query no longer has the start and the filter on wanted"
                + " that " + RestrictedSql.class.getSimpleName() + " rewrites; update it");
    }
}
