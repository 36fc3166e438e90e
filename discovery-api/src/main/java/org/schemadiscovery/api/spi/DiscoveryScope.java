package org.schemadiscovery.api.spi;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a discovery run covers: schema glob patterns ({@code *} and {@code ?}) to include and exclude, and the object
 * kinds wanted. Deliberately not a list of tables, so one set-based query answers for all of them.
 *
 * <pre>{@code DiscoveryScope scope = new DiscoveryScope(List.of("app_*"), List.of("app_tmp"), EnumSet.allOf(ObjectKind.class));}</pre>
 *
 * @param includeSchemas patterns a schema must match (empty: every user schema)
 * @param excludeSchemas patterns a schema must not match
 * @param kinds          object kinds to discover
 */
public record DiscoveryScope(List<String> includeSchemas, List<String> excludeSchemas, Set<ObjectKind> kinds) {
    public DiscoveryScope {
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
