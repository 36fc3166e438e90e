package org.schemadiscovery.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;

class SiteGeneratorTest {
    private static final String SCRIPT = "<script>window.pwned=1</script>";

    @TempDir
    Path dir;

    @Test
    void hostileNamesAndCommentsAreEscapedEverywhere() throws IOException {
        TableRef upper = TableRef.of("s<b>", "Users");
        TableRef lower = TableRef.of("s<b>", "users");
        TableRef odd = TableRef.of("s<b>", "a\"b'c&d</title>");
        TableInfo users = table(upper, SCRIPT, List.of(new PrimaryKey(null, upper, List.of("id"))));
        TableInfo users2 = table(lower, "\"><img src=x onerror=alert(1)>", List.of(
                new PrimaryKey(null, lower, List.of("id")), fk(lower, upper)));
        TableInfo third = table(odd, null, List.of(fk(odd, lower)));
        ViewInfo view = new ViewInfo(TableRef.of("s<b>", "v<i>"), "SELECT * FROM \"Users\" -- " + SCRIPT, false,
                List.of(column("id", SCRIPT)), List.of(), List.of(), null, SCRIPT);
        SchemaInfo schema = new SchemaInfo(identity(), null, List.of("s<b>"), List.of(users, users2, third),
                List.of(view), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);

        new SiteGenerator(SiteOptions.of("T<i>tle", null)).generate(schema, dir);

        List<Path> files = files();
        for (Path f : files) {
            String text = Files.readString(f);
            assertThat(text).doesNotContain(SCRIPT).doesNotContain("<img").doesNotContain("<b>")
                    .doesNotContain("<i>");
            if (f.toString().endsWith(".html")) {
                assertThat(scriptTags(text)).allMatch(tag -> tag.matches("<script src=\"[a-z./-]+\\.js\"></script>"));
            }
        }
        assertThat(files.stream().filter(f -> f.getParent().getFileName().toString().equals("tables"))).hasSize(3);
        String usersPage = Files.readString(files.stream().filter(f -> contains(f, "<h1>Users</h1>")).findFirst()
                .orElseThrow());
        assertThat(usersPage).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;");
        String viewPage = Files.readString(files.stream().filter(f -> f.toString().contains("/views/")).findFirst()
                .orElseThrow());
        assertThat(viewPage).contains("<ul class=\"reads\"><li><a href=\"../tables/");
    }

    @Test
    void aTablePageShowsTheServersRowEstimateOnlyWhereItKeepsOne() throws IOException {
        TableRef counted = TableRef.of("app", "counted");
        TableRef unknown = TableRef.of("app", "unknown");
        TableInfo withEstimate = table(counted, null, List.of()).toBuilder().rowEstimate(1_234_567L).build();
        SchemaInfo schema = new SchemaInfo(identity(), null, List.of("app"),
                List.of(withEstimate, table(unknown, null, List.of())), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null);

        new SiteGenerator(SiteOptions.of("rows", null)).generate(schema, dir);

        String countedPage = Files.readString(files().stream().filter(f -> contains(f, "<h1>counted</h1>"))
                .findFirst().orElseThrow());
        String unknownPage = Files.readString(files().stream().filter(f -> contains(f, "<h1>unknown</h1>"))
                .findFirst().orElseThrow());
        assertThat(countedPage).contains("about 1,234,567 rows (server estimate)");
        assertThat(unknownPage).doesNotContain("rows (server estimate)");
    }

    @Test
    void aLargeSchemaIsSplitIntoLinkedDiagramPartsWithOneNodePerTable() throws IOException {
        List<TableInfo> chain = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            TableRef ref = TableRef.of("app", "t" + i);
            List<ConstraintInfo> cs = new ArrayList<>(List.of(new PrimaryKey(null, ref, List.of("id"))));
            if (i > 0) {
                cs.add(fk(ref, TableRef.of("app", "t" + (i - 1))));
            }
            chain.add(table(ref, null, cs));
        }
        SchemaInfo schema = new SchemaInfo(identity(), null, List.of("app"), chain, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null);

        new SiteGenerator(new SiteOptions("chain", null, 40, 30)).generate(schema, dir);

        List<Path> parts = files().stream().filter(f -> f.toString().contains("/diagrams/")).sorted().toList();
        assertThat(parts).hasSize(3);
        int nodes = 0;
        int edges = 0;
        for (Path p : parts) {
            String text = Files.readString(p);
            nodes += count(text, "<g class=\"node\">");
            edges += count(text, "<g class=\"edge\">") + count(text, "<g class=\"ext-edge\">");
            assertThat(text).contains("part");
        }
        assertThat(nodes).isEqualTo(100);
        // 99 foreign keys; the two crossing part borders are drawn in both parts, to a stub
        assertThat(edges).isEqualTo(99 + 2);
        assertThat(files().stream().filter(f -> f.getFileName().toString().startsWith("index-"))).hasSize(
                (100 * 3 + 29) / 30);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> scriptTags(String html) {
        Matcher m = Pattern.compile("<script[^>]*>[^<]*</script>").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean contains(Path f, String s) {
        try {
            return Files.readString(f).contains(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private static DatabaseIdentity identity() {
        return new DatabaseIdentity("TestDB <b>", "1", 1, 0, "driver", "jdbc:test:<i>", "test");
    }

    private static ForeignKey fk(TableRef from, TableRef to) {
        return new ForeignKey(null, from, List.of("ref_id"), to, List.of("id"), null, null, null, false, false,
                true);
    }

    private static TableInfo table(TableRef ref, String comment, List<ConstraintInfo> constraints) {
        return new TableInfo(ref, TableKind.TABLE, List.of(column("id", null), column("ref_id", comment)), List.of(),
                constraints, List.of(), null, null, comment, false, List.of(), Map.of());
    }

    private static ColumnInfo column(String name, String comment) {
        return new ColumnInfo(name, 1, DataType.of("integer", java.sql.Types.INTEGER), true, null, null, null, null,
                comment, false, Map.of());
    }
}
