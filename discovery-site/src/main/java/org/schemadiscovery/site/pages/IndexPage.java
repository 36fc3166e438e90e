package org.schemadiscovery.site.pages;

import java.util.List;
import java.util.Locale;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.site.html.Html;

/** The entry page: identity, capabilities, schemas with counts, recommendations by severity, search. */
public final class IndexPage {
    /** Recommendations listed per severity on the index; the rest are on the recommendation pages. */
    static final int SHOWN_PER_SEVERITY = 25;

    private final SiteMap map;

    public IndexPage(SiteMap map) {
        this.map = map;
    }

    public String body(String title, List<String> recommendationPages) {
        SchemaInfo s = map.schema();
        DatabaseIdentity id = s.identity();
        Html h = new Html();
        h.raw("<h1>").text(title).raw("</h1>");
        h.raw("<search><form id=\"search-form\" role=\"search\" onsubmit=\"return false\">")
                .raw("<label for=\"search\">Search tables, columns, views, routines and comments</label> ")
                .raw("<input id=\"search\" type=\"search\" autocomplete=\"off\" placeholder=\"name or comment\">")
                .raw("</form><p id=\"search-status\" aria-live=\"polite\"></p><ul id=\"search-results\"></ul>")
                .raw("</search>");
        h.raw("<section><h2>Database</h2><dl>")
                .element("dt", "Product").element("dd", id.product() + " " + id.version())
                .element("dt", "Dialect").element("dd", id.dialect())
                .element("dt", "Driver").element("dd", id.driver())
                .element("dt", "URL").element("dd", id.url()).raw("</dl></section>");
        h.raw("<section><h2>Capabilities</h2><ul class=\"features\">");
        s.capabilities().features().forEach(f -> h.element("li", f));
        h.raw("</ul>");
        if (!s.capabilities().settings().isEmpty()) {
            h.raw("<table>").headerRow("Setting", "Value").raw("<tbody>");
            s.capabilities().settings().forEach((k, v) -> h.raw("<tr>").cell(k).cell(v).raw("</tr>"));
            h.raw("</tbody></table>");
        }
        h.raw("</section>");
        h.raw("<section><h2>Schemas</h2><table class=\"schemas\">")
                .headerRow("Schema", "Tables", "Views", "Sequences", "Types", "Routines").raw("<tbody>");
        for (String schema : map.schemas()) {
            h.raw("<tr><td>").link(map.schemaPath(schema), schema).raw("</td>")
                    .cell(count(s.tables().stream().filter(t -> SchemaPage.in(schema, t.ref())).count()))
                    .cell(count(s.views().stream().filter(t -> SchemaPage.in(schema, t.ref())).count()))
                    .cell(count(s.sequences().stream().filter(t -> SchemaPage.in(schema, t.ref())).count()))
                    .cell(count(s.types().stream().filter(t -> SchemaPage.in(schema, t.ref())).count()))
                    .cell(count(s.routines().stream().filter(t -> SchemaPage.in(schema, t.ref())).count()))
                    .raw("</tr>");
        }
        h.raw("</tbody></table></section>");
        h.raw("<section><h2>Recommendations</h2>");
        if (s.recommendations().isEmpty()) {
            h.raw("<p>None.</p>");
        }
        for (Severity sev : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            List<Recommendation> recs = s.recommendations().stream().filter(r -> r.severity() == sev).toList();
            if (recs.isEmpty()) {
                continue;
            }
            h.raw("<h3 id=\"severity-").raw(sev.name().toLowerCase(Locale.ROOT)).raw("\">")
                    .text(sev.name().charAt(0) + sev.name().substring(1).toLowerCase(Locale.ROOT) + " (" + recs.size()
                            + ")").raw("</h3><ul class=\"recommendations\">");
            recs.stream().limit(SHOWN_PER_SEVERITY).forEach(r -> h.raw("<li><strong>").text(r.object())
                    .raw("</strong>: ").text(r.message()).raw(" <small>").text(r.ruleId()).raw("</small></li>"));
            h.raw("</ul>");
            if (recs.size() > SHOWN_PER_SEVERITY) {
                h.raw("<p>").text((recs.size() - SHOWN_PER_SEVERITY) + " more in the full list.").raw("</p>");
            }
        }
        if (!recommendationPages.isEmpty()) {
            h.raw("<p>Full list with suggested DDL: ");
            for (int i = 0; i < recommendationPages.size(); i++) {
                h.raw(i == 0 ? "" : ", ").link(recommendationPages.get(i), "page " + (i + 1));
            }
            h.raw("</p>");
        }
        h.raw("</section>");
        if (!s.warnings().isEmpty()) {
            h.raw("<section><h2>Discovery warnings</h2><ul>");
            s.warnings().forEach(w -> h.raw("<li>").text(w.phase() + " " + w.object() + ": " + w.message())
                    .raw("</li>"));
            h.raw("</ul></section>");
        }
        return h.toString();
    }

    private static String count(long n) {
        return String.valueOf(n);
    }

    /** A page of the full recommendation list. */
    public static String recommendations(List<Recommendation> recs) {
        Html h = new Html();
        h.raw("<h1>Recommendations</h1><table class=\"recommendations\">")
                .headerRow("Severity", "Object", "Message", "Rule", "Suggested DDL").raw("<tbody>");
        for (Recommendation r : recs) {
            h.raw("<tr>").cell(r.severity().name().toLowerCase(Locale.ROOT)).cell(r.object()).cell(r.message())
                    .cell(r.ruleId()).raw("<td><code>").text(r.suggestedDdl()).raw("</code></td></tr>");
        }
        return h.raw("</tbody></table>").toString();
    }
}
