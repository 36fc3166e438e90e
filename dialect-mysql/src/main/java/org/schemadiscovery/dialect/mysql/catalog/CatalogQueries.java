package org.schemadiscovery.dialect.mysql.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalog statements, one {@code .sql} resource per statement beside this class, read once when the plugin is
 * built. Whole-line {@code --} comments are dropped so the text the server and the metrics see is the statement
 * alone; {@code ${name}} placeholders are filled per server with {@link ServerVersion#sqlFragments()}. Immutable and
 * thread-safe.
 */
public final class CatalogQueries {
    /** Every statement, in the order a full discovery may run them. */
    public static final List<String> NAMES = List.of(
            "begin", "stats-expiry-read", "stats-expiry-set", "probe", "schemas", "tables", "columns", "partitions",
            "triggers", "views", "sequence-values", "routines", "parameters", "statistics", "table-constraints",
            "key-columns", "referential", "checks", "rollback");

    private final Map<String, String> texts;

    private CatalogQueries(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** Reads every statement resource. */
    public static CatalogQueries load() {
        Map<String, String> byName = new LinkedHashMap<>();
        NAMES.forEach(name -> byName.put(name, resource(name)));
        return new CatalogQueries(byName);
    }

    /** The text of one statement as stored, placeholders unresolved. */
    public String template(String name) {
        String text = texts.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no catalog statement " + name);
        }
        return text;
    }

    /**
     * Every statement with this server's fragments in place of their placeholders. Placeholders without a fragment
     * stay (the session fills {@code ${sequence}} itself).
     */
    public Map<String, String> forServer(ServerVersion server) {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String text = e.getValue();
            for (Map.Entry<String, String> f : server.sqlFragments().entrySet()) {
                text = text.replace("${" + f.getKey() + "}", f.getValue());
            }
            resolved.put(e.getKey(), text);
        }
        return Map.copyOf(resolved);
    }

    private static String resource(String name) {
        String file = name + ".sql";
        try (InputStream in = CatalogQueries.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks its catalog statement " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.stripLeading().startsWith("--"))
                    .collect(Collectors.joining("\n")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog statement " + file, e);
        }
    }
}
