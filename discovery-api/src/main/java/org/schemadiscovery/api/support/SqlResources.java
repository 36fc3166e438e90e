package org.schemadiscovery.api.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A dialect's catalog statements, one {@code <name>.sql} resource per statement beside the class that opens them,
 * read once (when the plugin is built) into immutable texts. The one convention every dialect follows:
 *
 * <ul>
 *   <li>a line {@code -- @include other.sql} is replaced by that resource's statement text (a shared prefix, say);</li>
 *   <li>whole-line {@code --} comments document the statement and are dropped, so the text the server and the
 *       statement counters see is the statement alone; the text is stripped of surrounding white space;</li>
 *   <li>{@code ${name}} placeholders stand for fragments the dialect fills in: per server version once per session
 *       ({@link #fill}), or per call ({@link #fill(String, Map)}), never with values from the database's data.</li>
 * </ul>
 *
 * <pre>{@code
 * private static final SqlResources SQL = SqlResources.load(name -> CatalogSql.class.getResourceAsStream(name),
 *         List.of("tables", "columns", "indexes"));
 * Map<String, String> forThisServer = SQL.fillAll(Map.of("nulls_not_distinct", "false"));
 * }</pre>
 *
 * <p>The opener is a lambda of the dialect's own class, so on the module path the resources are read by the module
 * that holds them and need not be opened to anyone. Immutable and thread-safe.
 */
public final class SqlResources {
    private static final Pattern INCLUDE = Pattern.compile("(?m)^--\\s*@include\\s+(\\S+)\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    private final Map<String, String> texts;

    private SqlResources(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * Reads {@code <name>.sql} for every name.
     *
     * @param opener opens a resource by file name, e.g. {@code n -> MyCatalog.class.getResourceAsStream(n)}
     * @throws IllegalStateException when a resource (or one it includes) is missing
     */
    public static SqlResources load(Function<String, InputStream> opener, List<String> names) {
        Objects.requireNonNull(opener, "opener");
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : names) {
            texts.put(name, resolveIncludes(opener, read(opener, name + ".sql")));
        }
        return new SqlResources(Collections.unmodifiableMap(texts));
    }

    /** The statement names, in the order given to {@link #load}. */
    public List<String> names() {
        return List.copyOf(texts.keySet());
    }

    /**
     * One statement's text, includes resolved and comments dropped, placeholders as written.
     *
     * @throws IllegalArgumentException for a name that was not loaded
     */
    public String text(String name) {
        String text = texts.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no catalog statement " + name + "; loaded: " + texts.keySet());
        }
        return text;
    }

    /**
     * Every statement (by name, in load order) with the placeholders that have a value filled in; placeholders
     * without one stay, for a later {@link #fill(String, Map)}.
     */
    public Map<String, String> fill(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((name, text) -> out.put(name, fill(text, values)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Every statement with all its placeholders filled in.
     *
     * @throws IllegalStateException naming the statement and placeholder when a placeholder has no value
     */
    public Map<String, String> fillAll(Map<String, String> values) {
        Map<String, String> out = fill(values);
        out.forEach((name, text) -> {
            Set<String> left = placeholders(text);
            if (!left.isEmpty()) {
                throw new IllegalStateException("catalog statement " + name + " uses unknown placeholders " + left);
            }
        });
        return out;
    }

    /**
     * The text with every {@code ${name}} whose name has a value replaced by it, in one pass (a value that itself
     * reads like a placeholder is left as it is); other placeholders stay.
     */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The names of the placeholders left in a text, in order of first appearance. */
    public static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String resolveIncludes(Function<String, InputStream> opener, String sql) {
        Matcher m = INCLUDE.matcher(sql);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String included = withoutComments(read(opener, m.group(1)));
            m.appendReplacement(sb, Matcher.quoteReplacement(included));
        }
        m.appendTail(sb);
        return withoutComments(sb.toString());
    }

    /** Drops whole-line comments and strips the result. */
    private static String withoutComments(String sql) {
        return sql.lines().filter(line -> !line.stripLeading().startsWith("--"))
                .collect(Collectors.joining("\n")).strip();
    }

    private static String read(Function<String, InputStream> opener, String resource) {
        try (InputStream in = opener.apply(resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks its catalog statement resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog statement resource " + resource, e);
        }
    }
}
