package org.schemadiscovery.api.spi;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.schemadiscovery.api.model.TableRef;

/**
 * What a discovery run covers: schema glob patterns ({@code *} and {@code ?}) to include and exclude, and the object
 * kinds wanted. Deliberately not a list of tables, so one set-based query answers for all of them.
 *
 * <pre>{@code DiscoveryScope scope = new DiscoveryScope(List.of("app_*"), List.of("app_tmp"), EnumSet.allOf(ObjectKind.class));}</pre>
 *
 * @param includeSchemas patterns a schema must match (empty: every user schema)
 * @param excludeSchemas patterns a schema must not match
 * @param kinds          object kinds to discover
 * @param tables         when not empty, only these tables and views (with their columns, indexes, constraints,
 *                       triggers, policies, comments and privileges) are wanted: a cache rereads the tables whose
 *                       fingerprint moved. A dialect should pass the names to its set-based statements as one
 *                       parameter (never a statement per table); one that ignores the restriction stays correct,
 *                       because core keeps only the named tables of what comes back. Other kinds are not promised
 *                       under a restriction (PostgreSQL then reads only the sequences the named tables own, and
 *                       no comments, owners or privileges of schemas, routines and extensions)
 */
public record DiscoveryScope(List<String> includeSchemas, List<String> excludeSchemas, Set<ObjectKind> kinds,
                             Set<TableRef> tables) {

    /** A scope over whole schemas (no table restriction). */
    public DiscoveryScope(List<String> includeSchemas, List<String> excludeSchemas, Set<ObjectKind> kinds) {
        this(includeSchemas, excludeSchemas, kinds, Set.of());
    }

    public DiscoveryScope {
        tables = Set.copyOf(Objects.requireNonNull(tables, "tables"));
        includeSchemas = List.copyOf(Objects.requireNonNull(includeSchemas, "includeSchemas"));
        excludeSchemas = List.copyOf(Objects.requireNonNull(excludeSchemas, "excludeSchemas"));
        Objects.requireNonNull(kinds, "kinds");
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        for (String p : includeSchemas) {
            validatePattern(p);
        }
        for (String p : excludeSchemas) {
            validatePattern(p);
        }
    }

    /** Every user schema, every kind. */
    public static DiscoveryScope all() {
        return new DiscoveryScope(List.of(), List.of(), EnumSet.allOf(ObjectKind.class));
    }

    /** This scope restricted to the named tables and views (see {@link #tables}). */
    public DiscoveryScope onlyTables(Set<TableRef> wanted) {
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("a table restriction names at least one table");
        }
        return new DiscoveryScope(includeSchemas, excludeSchemas, kinds, wanted);
    }

    /** True when the table or view is wanted: always without a table restriction, else when it is named. */
    public boolean includesTable(TableRef table) {
        return tables.isEmpty() || tables.contains(table);
    }

    /** True when this kind is wanted. */
    public boolean includes(ObjectKind kind) {
        return kinds.contains(kind);
    }

    /** True when the schema is in scope; a null schema (databases without schemas) is always in scope. */
    public boolean includesSchema(String schema) {
        if (schema == null) {
            return true;
        }
        boolean included = includeSchemas.isEmpty()
                || includeSchemas.stream().anyMatch(p -> globMatches(p, schema));
        return included && excludeSchemas.stream().noneMatch(p -> globMatches(p, schema));
    }

    /** True when the glob pattern matches the whole name. */
    public static boolean globMatches(String pattern, String name) {
        return Pattern.compile(globToRegex(pattern), Pattern.DOTALL).matcher(name).matches();
    }

    /** The glob as an SQL LIKE pattern with {@code \} as escape character. */
    public static String globToLike(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> sb.append('%');
                case '?' -> sb.append('_');
                case '%', '_', '\\' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> sb.append(".*");
                case '?' -> sb.append('.');
                default -> sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return sb.toString();
    }

    private static void validatePattern(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("schema pattern must not be blank");
        }
    }
}
