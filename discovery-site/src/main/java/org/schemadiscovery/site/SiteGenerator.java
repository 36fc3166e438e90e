package org.schemadiscovery.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.site.diagram.Diagram;
import org.schemadiscovery.site.diagram.DiagramBuilder;
import org.schemadiscovery.site.diagram.ElkLayout;
import org.schemadiscovery.site.diagram.SvgWriter;
import org.schemadiscovery.site.html.Html;
import org.schemadiscovery.site.html.Layout;
import org.schemadiscovery.site.pages.IndexPage;
import org.schemadiscovery.site.pages.ObjectPages;
import org.schemadiscovery.site.pages.SchemaPage;
import org.schemadiscovery.site.pages.SearchIndex;
import org.schemadiscovery.site.pages.SiteMap;
import org.schemadiscovery.site.pages.TablePage;

/**
 * Writes a static documentation site for a schema: {@code index.html}, one page per schema, table, view, sequence,
 * type and routine, ER diagram pages per schema (split into parts), a sharded search index and two assets. Stateless
 * and thread-safe; pages are rendered in parallel.
 */
public final class SiteGenerator {
    static final int RECOMMENDATIONS_PER_PAGE = 2000;

    private final SiteOptions options;

    public SiteGenerator(SiteOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Writes the site into {@code dir} (created if missing; files of the same names are replaced). */
    public SiteReport generate(SchemaInfo schema, Path dir) {
        Writer w = new Writer(dir);
        SiteMap map = new SiteMap(schema);
        DiagramBuilder diagrams = new DiagramBuilder(map::table, map::referencedBy);
        String title = options.title();
        w.copyAsset("site.css");
        w.copyAsset("search.js");

        List<Runnable> jobs = new ArrayList<>();
        TablePage tablePage = new TablePage(map, options.ddl(), diagrams);
        for (TableInfo t : schema.tables()) {
            jobs.add(() -> w.page(map.tablePath(t.ref()), title, t.ref().displayName(), () -> tablePage.body(t)));
        }
        ObjectPages objects = new ObjectPages(map);
        schema.views().forEach(v -> jobs.add(() -> w.page(map.viewPath(v.ref()), title, v.ref().displayName(),
                () -> objects.view(v))));
        schema.sequences().forEach(s -> jobs.add(() -> w.page(map.path(s), title, s.ref().displayName(),
                () -> objects.sequence(s))));
        schema.types().forEach(t -> jobs.add(() -> w.page(map.path(t), title, t.ref().displayName(),
                () -> objects.type(t))));
        schema.routines().forEach(r -> jobs.add(() -> w.page(map.path(r), title, r.signature(),
                () -> objects.routine(r))));

        SchemaPage schemaPage = new SchemaPage(map);
        for (String s : map.schemas()) {
            List<TableInfo> tables = schema.tables().stream().filter(t -> SiteMap.schemaOf(t.ref()).equals(s))
                    .toList();
            List<List<TableInfo>> parts = diagrams.parts(tables, options.diagramPartSize());
            jobs.add(() -> w.page(map.schemaPath(s), title, "schema " + s, () -> schemaPage.body(s, parts.size())));
            for (int p = 0; p < parts.size(); p++) {
                int part = p + 1;
                jobs.add(() -> w.page(map.diagramPath(s, part), title, "diagram of " + s,
                        () -> diagramPage(map, diagrams, s, parts, part)));
            }
        }
        List<Recommendation> recs = new ArrayList<>(schema.recommendations());
        recs.sort((a, b) -> severityRank(a.severity()) - severityRank(b.severity()));
        List<String> recPages = new ArrayList<>();
        for (int i = 0; i < recs.size(); i += RECOMMENDATIONS_PER_PAGE) {
            String path = "recommendations/page-" + (recPages.size() + 1) + ".html";
            recPages.add(path);
            List<Recommendation> page = recs.subList(i, Math.min(recs.size(), i + RECOMMENDATIONS_PER_PAGE));
            jobs.add(() -> w.page(path, title, "recommendations", () -> IndexPage.recommendations(page)));
        }
        IndexPage index = new IndexPage(map);
        jobs.add(() -> w.write("index.html", Layout.page(title, "overview", "", index.body(title, recPages),
                "search/manifest.js", "assets/search.js")));
        jobs.add(() -> {
            List<String> shards = new SearchIndex(map).shards(options.searchShardSize());
            for (int i = 0; i < shards.size(); i++) {
                w.write("search/index-" + i + ".js", shards.get(i));
            }
            w.write("search/manifest.js", SearchIndex.manifest(shards.size()));
        });
        jobs.parallelStream().forEach(Runnable::run);
        return w.report(dir.resolve("index.html"));
    }

    private static int severityRank(Severity s) {
        return switch (s) {
            case ERROR -> 0;
            case WARNING -> 1;
            case INFO -> 2;
        };
    }

    private static String diagramPage(SiteMap map, DiagramBuilder diagrams, String schema,
                                      List<List<TableInfo>> parts, int part) {
        List<TableInfo> shown = parts.get(part - 1);
        java.util.Map<TableRef, Integer> partOf = new java.util.HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            for (TableInfo t : parts.get(i)) {
                partOf.put(t.ref(), i + 1);
            }
        }
        Diagram d = diagrams.of(shown, ref -> "../" + map.tablePath(ref), ref -> {
            Integer p = partOf.get(ref);
            if (p != null) {
                return "../" + map.diagramPath(schema, p);
            }
            String page = map.relationPath(ref);
            return page == null ? null : "../" + page;
        }, parts.size() > 1);
        Html h = new Html();
        h.raw("<h1>").text(parts.size() == 1 ? "ER diagram of " + schema
                : "ER diagram of " + schema + ", part " + part + " of " + parts.size()).raw("</h1>");
        h.raw("<p>").link("../" + map.schemaPath(schema), "Schema " + schema);
        if (part > 1) {
            h.raw(" · ").link("../" + map.diagramPath(schema, part - 1), "previous part");
        }
        if (part < parts.size()) {
            h.raw(" · ").link("../" + map.diagramPath(schema, part + 1), "next part");
        }
        h.raw("</p><figure class=\"diagram\">")
                .raw(new SvgWriter().write(new ElkLayout().layout(d), "ER diagram of " + schema))
                .raw("<figcaption>Arrows point from the referencing table to the referenced one; dashed boxes stand"
                        + " for tables drawn in another part or schema.</figcaption></figure>");
        return h.toString();
    }

    /** Writes files under one folder and keeps count. */
    private static final class Writer {
        private final Path dir;
        private final ConcurrentLinkedQueue<Path> written = new ConcurrentLinkedQueue<>();

        Writer(Path dir) {
            this.dir = dir;
        }

        void page(String path, String siteTitle, String pageTitle, Supplier<String> body) {
            write(path, Layout.page(siteTitle, pageTitle, "../", body.get()));
        }

        void write(String path, String content) {
            Path file = dir.resolve(path);
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            written.add(file);
        }

        void copyAsset(String name) {
            try (InputStream in = SiteGenerator.class.getResourceAsStream("assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("asset missing from the jar: " + name);
                }
                write("assets/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read asset " + name, e);
            }
        }

        SiteReport report(Path index) {
            long total = 0;
            long largest = -1;
            Path largestFile = null;
            for (Path p : written) {
                try {
                    long size = Files.size(p);
                    total += size;
                    if (size > largest) {
                        largest = size;
                        largestFile = p;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new SiteReport(index, written.size(), total, largestFile, Math.max(0, largest));
        }
    }
}
