package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.dialect.postgresql.support.Discovery;
import org.schemadiscovery.dialect.postgresql.support.PgDatabase;
import org.schemadiscovery.dialect.postgresql.support.Workload;

@DisplayName("coverage against pg_dump: nothing pg_restore -l lists for the shared workload is missing")
class PgDumpListingTest {
    /** Entry kinds as pg_restore -l prints them, longest first so "FK CONSTRAINT" wins over "CONSTRAINT". */
    private static final List<String> KINDS = List.of("SEQUENCE OWNED BY", "MATERIALIZED VIEW", "FK CONSTRAINT",
            "INDEX ATTACH", "TABLE ATTACH", "CONSTRAINT", "SEQUENCE", "COMMENT", "DEFAULT", "DOMAIN", "SCHEMA",
            "INDEX", "TABLE", "TYPE", "VIEW");

    @Test
    @DisplayName("every schema, type, table, sequence, index, constraint, view, comment, default and attach")
    void everyEntryIsInTheModel() throws Exception {
        try (PgDatabase db = PgDatabase.create()) {
            db.sql(Workload.generate(50, 2));
            SchemaInfo s = Discovery.discover(db);
            List<String> entries = listing(db);
            assertThat(entries).hasSizeGreaterThan(300);
            List<String> missing = new ArrayList<>();
            for (String entry : entries) {
                if (!covered(s, entry)) {
                    missing.add(entry);
                }
            }
            assertThat(missing).as("pg_restore -l entries missing from the model").isEmpty();
        }
    }

    /** "KIND schema tag" of each entry of {@code pg_restore -l} for {@code pg_dump -Fc -s}. */
    private static List<String> listing(PgDatabase db) throws Exception {
        Path dump = Files.createTempFile("sd-pg", ".dump");
        try {
            run("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-Fc", "-s", "-f", dump.toString(), db.name());
            List<String> out = new ArrayList<>();
            for (String line : run("pg_restore", "-l", dump.toString()).split("\n")) {
                if (line.isBlank() || line.startsWith(";")) {
                    continue;
                }
                // "3345; 1259 16390 TABLE s0 t0 postgres": drop the ids and the trailing owner
                String[] parts = line.split(" ", 4);
                String rest = parts[3];
                out.add(rest.substring(0, rest.lastIndexOf(' ')));
            }
            return out;
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    private static boolean covered(SchemaInfo s, String entry) {
        String kind = KINDS.stream().filter(k -> entry.startsWith(k + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("unexpected pg_restore entry kind: " + entry));
        String[] rest = entry.substring(kind.length() + 1).split(" ", 2);
        String schema = rest[0];
        String tag = rest[1];
        return switch (kind) {
            case "SCHEMA" -> s.schemas().contains(tag);
            case "TYPE", "DOMAIN" -> s.types().stream().anyMatch(t -> is(t.ref(), schema, tag));
            case "TABLE" -> s.table(org.schemadiscovery.api.model.TableRef.of(schema, tag)).isPresent();
            case "VIEW", "MATERIALIZED VIEW" -> s.views().stream().anyMatch(v -> is(v.ref(), schema, tag));
            case "SEQUENCE" -> s.sequences().stream().anyMatch(q -> is(q.ref(), schema, tag));
            case "SEQUENCE OWNED BY" -> s.sequences().stream().anyMatch(q -> is(q.ref(), schema, tag)
                    && q.ownedBy() != null);
            case "INDEX" -> indexes(s).anyMatch(i -> i.table().schema().equals(schema) && i.name().equals(tag));
            case "INDEX ATTACH" -> indexes(s).anyMatch(i -> i.table().schema().equals(schema)
                    && i.name().equals(tag) && i.options().containsKey("parent"));
            case "TABLE ATTACH" -> s.table(org.schemadiscovery.api.model.TableRef.of(schema, tag))
                    .map(t -> t.partition() != null && t.partition().parent() != null).orElse(false);
            case "CONSTRAINT", "FK CONSTRAINT" -> {
                String[] t = tag.split(" ", 2);
                yield table(s, schema, t[0], x -> x.constraints().stream().anyMatch(c -> t[1].equals(c.name())));
            }
            case "DEFAULT" -> {
                String[] t = tag.split(" ", 2);
                yield table(s, schema, t[0], x -> x.column(t[1]).map(ColumnInfo::defaultValue).isPresent());
            }
            case "COMMENT" -> comment(s, schema, tag);
            default -> false;
        };
    }

    private static boolean comment(SchemaInfo s, String schema, String tag) {
        if (tag.startsWith("TABLE ")) {
            return table(s, schema, tag.substring(6), t -> t.comment() != null);
        }
        if (tag.startsWith("COLUMN ")) {
            String[] tc = tag.substring(7).split("\\.", 2);
            return table(s, schema, tc[0], t -> t.column(tc[1]).map(c -> c.comment() != null).orElse(false));
        }
        if (tag.startsWith("VIEW ") || tag.startsWith("MATERIALIZED VIEW ")) {
            String name = tag.substring(tag.indexOf("VIEW ") + 5);
            return s.views().stream().anyMatch(v -> is(v.ref(), schema, name) && v.comment() != null);
        }
        if (tag.startsWith("TYPE ") || tag.startsWith("DOMAIN ")) {
            String name = tag.substring(tag.indexOf(' ') + 1);
            return s.types().stream().anyMatch(t -> is(t.ref(), schema, name) && t.comment() != null);
        }
        return false;
    }

    private static boolean table(SchemaInfo s, String schema, String name, Predicate<TableInfo> test) {
        return s.table(org.schemadiscovery.api.model.TableRef.of(schema, name)).map(test::test).orElse(false);
    }

    private static java.util.stream.Stream<IndexInfo> indexes(SchemaInfo s) {
        return java.util.stream.Stream.concat(s.tables().stream().flatMap(t -> t.indexes().stream()),
                s.views().stream().map(ViewInfo::indexes).flatMap(List::stream));
    }

    private static boolean is(org.schemadiscovery.api.model.TableRef ref, String schema, String name) {
        return ref.schema().equals(schema) && ref.name().equals(name);
    }
}
