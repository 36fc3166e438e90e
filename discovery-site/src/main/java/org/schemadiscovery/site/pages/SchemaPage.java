package org.schemadiscovery.site.pages;

import java.util.List;
import java.util.Locale;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.site.html.Html;

/** A schema's page: links to its diagram parts and every object in it. */
public final class SchemaPage {
    private final SiteMap map;

    public SchemaPage(SiteMap map) {
        this.map = map;
    }

    public String body(String schema, int diagramParts) {
        Html h = new Html();
        h.raw("<h1>").text(schema).raw("</h1>");
        if (diagramParts > 0) {
            h.raw("<section><h2>Diagrams</h2><ul class=\"parts\">");
            for (int p = 1; p <= diagramParts; p++) {
                h.raw("<li>").link("../" + map.diagramPath(schema, p), diagramParts == 1 ? "ER diagram"
                        : "ER diagram, part " + p + " of " + diagramParts).raw("</li>");
            }
            h.raw("</ul></section>");
        }
        List<TableInfo> tables = map.schema().tables().stream().filter(t -> in(schema, t.ref())).toList();
        if (!tables.isEmpty()) {
            h.raw("<section><h2>Tables</h2><table class=\"list\">").headerRow("Table", "Kind", "Columns", "Comment")
                    .raw("<tbody>");
            for (TableInfo t : tables) {
                h.raw("<tr><td>").link("../" + map.tablePath(t.ref()), t.ref().name()).raw("</td>")
                        .cell(t.kind().name().toLowerCase(Locale.ROOT)).cell(String.valueOf(t.columns().size()))
                        .cell(t.comment()).raw("</tr>");
            }
            h.raw("</tbody></table></section>");
        }
        List<ViewInfo> views = map.schema().views().stream().filter(v -> in(schema, v.ref())).toList();
        if (!views.isEmpty()) {
            h.raw("<section><h2>Views</h2><ul>");
            views.forEach(v -> h.raw("<li>").link("../" + map.viewPath(v.ref()), v.ref().name())
                    .text(v.materialized() ? " (materialized)" : "").raw("</li>"));
            h.raw("</ul></section>");
        }
        List<SequenceInfo> seqs = map.schema().sequences().stream().filter(s -> in(schema, s.ref())).toList();
        if (!seqs.isEmpty()) {
            h.raw("<section><h2>Sequences</h2><ul>");
            seqs.forEach(s -> h.raw("<li>").link("../" + map.path(s), s.ref().name()).raw("</li>"));
            h.raw("</ul></section>");
        }
        List<TypeInfo> types = map.schema().types().stream().filter(t -> in(schema, t.ref())).toList();
        if (!types.isEmpty()) {
            h.raw("<section><h2>Types</h2><ul>");
            types.forEach(t -> h.raw("<li>").link("../" + map.path(t), t.ref().name())
                    .text(" (" + t.kind().name().toLowerCase(Locale.ROOT) + ")").raw("</li>"));
            h.raw("</ul></section>");
        }
        List<RoutineInfo> routines = map.schema().routines().stream().filter(r -> in(schema, r.ref())).toList();
        if (!routines.isEmpty()) {
            h.raw("<section><h2>Routines</h2><ul>");
            routines.forEach(r -> h.raw("<li>").link("../" + map.path(r), r.signature()).raw("</li>"));
            h.raw("</ul></section>");
        }
        return h.toString();
    }

    static boolean in(String schema, org.schemadiscovery.api.model.TableRef ref) {
        return SiteMap.schemaOf(ref).equals(schema);
    }
}
