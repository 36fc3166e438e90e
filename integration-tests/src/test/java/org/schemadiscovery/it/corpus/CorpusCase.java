package org.schemadiscovery.it.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One case of the sqldef conformance corpus (see {@code ../shared/diff-corpus/README.md}): the starting and target
 * DDL and the settings that decide whether the case applies to us. Read from the shared folder at test time; the
 * files are never copied into the project.
 *
 * @param file          the YAML file's name
 * @param name          the case name (the map key)
 * @param current       DDL of the starting schema, empty for an empty database
 * @param desired       DDL of the target schema
 * @param enableDrop    false: the migration must run without destructive statements
 * @param minVersion    lowest server version the case needs, or null
 * @param maxVersion    highest server version the case supports, or null
 * @param user          the role sqldef runs as, or null
 * @param managedRoles  roles whose privileges the case manages
 * @param sqldefOnly    the sqldef-specific settings the case uses ({@code config}, {@code manage}, {@code offline},
 *                      {@code flavor}), empty when none
 * @param error         the error sqldef expects instead of a migration, or null
 */
public record CorpusCase(String file, String name, String current, String desired, boolean enableDrop,
                         String minVersion, String maxVersion, String user, List<String> managedRoles,
                         List<String> sqldefOnly, String error) {
    public CorpusCase {
        managedRoles = List.copyOf(managedRoles);
        sqldefOnly = List.copyOf(sqldefOnly);
    }

    /** "file:name", unique in the corpus. */
    public String id() {
        return file.replaceFirst("\\.yml$", "") + ":" + name;
    }

    /** Every case of every {@code *.yml} file in the folder, files and cases in their order. */
    public static List<CorpusCase> readAll(Path folder) {
        List<CorpusCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                cases.addAll(read(file.getFileName().toString(), Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus in " + folder, e);
        }
        return cases;
    }

    /** The cases of one YAML document. */
    public static List<CorpusCase> read(String fileName, String yaml) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + fileName, e);
        }
        List<CorpusCase> cases = new ArrayList<>();
        if (root == null) {
            return cases;
        }
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode c = e.getValue();
            List<String> roles = new ArrayList<>();
            c.path("managed_roles").forEach(r -> roles.add(r.asText()));
            List<String> sqldefOnly = new ArrayList<>();
            for (String key : List.of("config", "manage", "offline", "flavor")) {
                if (c.has(key)) {
                    sqldefOnly.add(key);
                }
            }
            cases.add(new CorpusCase(fileName, e.getKey(), text(c, "current"), text(c, "desired"),
                    c.path("enable_drop").asBoolean(true), textOrNull(c, "min_version"),
                    textOrNull(c, "max_version"), textOrNull(c, "user"), roles, sqldefOnly,
                    textOrNull(c, "error")));
        }
        return cases;
    }

    private static String text(JsonNode c, String key) {
        String s = textOrNull(c, key);
        return s == null ? "" : s;
    }

    private static String textOrNull(JsonNode c, String key) {
        JsonNode n = c.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }
}
