package org.schemadiscovery.site.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadiscovery.api.model.DomainCheck;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeAttribute;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.site.html.Html;

/** Pages of views (and materialized views), sequences, types and routines. */
public final class ObjectPages {
    /** Identifiers in SQL text: double-quoted (with doubled quotes), backquoted, or bare. */
    private static final Pattern IDENTIFIER = Pattern.compile("\"((?:[^\"]|\"\")+)\"|`([^`]+)`|([\\p{L}_][\\p{L}\\p{N}_$]*)");

    private final SiteMap map;
    private final Map<String, List<TableRef>> relationsByName = new HashMap<>();

    public ObjectPages(SiteMap map) {
        this.map = map;
        for (TableInfo t : map.schema().tables()) {
            relationsByName.computeIfAbsent(t.ref().name(), n -> new ArrayList<>()).add(t.ref());
        }
        for (ViewInfo v : map.schema().views()) {
            relationsByName.computeIfAbsent(v.ref().name(), n -> new ArrayList<>()).add(v.ref());
        }
    }

    public String view(ViewInfo v) {
        Html h = header(v.ref(), v.materialized() ? "materialized view" : "view", v.comment());
        h.raw("<section><h2>Columns</h2>");
        TablePage.columnTable(h, v.columns(), List.of(), List.of());
        h.raw("</section>");
        List<TableRef> reads = reads(v);
        if (!reads.isEmpty()) {
            h.raw("<section><h2>Reads</h2><p>Tables and views named in the definition:</p><ul class=\"reads\">");
            for (TableRef r : reads) {
                h.raw("<li>").link("../" + map.relationPath(r), r.displayName()).raw("</li>");
            }
            h.raw("</ul></section>");
        }
        TablePage.indexes(h, v.indexes());
        TablePage.triggers(h, v.triggers());
        h.raw("<section><h2>Definition</h2><pre><code>").text(v.definition()).raw("</code></pre></section>");
        return h.toString();
    }

    /** Relations whose name appears as an identifier in the view's definition (same schema first when ambiguous). */
    List<TableRef> reads(ViewInfo v) {
        Set<TableRef> out = new LinkedHashSet<>();
        if (v.definition() == null) {
            return List.of();
        }
        Matcher m = IDENTIFIER.matcher(v.definition());
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2) != null ? m.group(2)
                    : m.group(3);
            List<TableRef> candidates = relationsByName.get(name);
            if (candidates == null && m.group(3) != null) {
                candidates = relationsByName.get(name.toLowerCase(Locale.ROOT));
            }
            if (candidates == null) {
                continue;
            }
            for (TableRef c : candidates) {
                if (!c.equals(v.ref()) && (candidates.size() == 1 || java.util.Objects.equals(c.schema(),
                        v.ref().schema()))) {
                    out.add(c);
                }
            }
        }
        return List.copyOf(out);
    }

    public String sequence(SequenceInfo s) {
        Html h = header(s.ref(), "sequence", null);
        h.raw("<dl>").element("dt", "Type").element("dd", s.dataType())
                .element("dt", "Start").element("dd", String.valueOf(s.start()))
                .element("dt", "Increment").element("dd", String.valueOf(s.increment()))
                .element("dt", "Minimum").element("dd", String.valueOf(s.min()))
                .element("dt", "Maximum").element("dd", String.valueOf(s.max()))
                .element("dt", "Cache").element("dd", String.valueOf(s.cache()))
                .element("dt", "Cycles").element("dd", s.cycle() ? "yes" : "no")
                .element("dt", "Last value").element("dd", s.lastValue() == null ? "not used" : s.lastValue()
                        + String.format(Locale.ROOT, " (%.1f%% of the range)", 100 * s.usedFraction()))
                .element("dt", "Owned by").element("dd", s.ownedBy() == null ? "nothing" : s.ownedBy())
                .raw("</dl>");
        return h.toString();
    }

    public String type(TypeInfo t) {
        Html h = header(t.ref(), t.kind().name().toLowerCase(Locale.ROOT) + " type", t.comment());
        if (!t.enumLabels().isEmpty()) {
            h.raw("<section><h2>Labels</h2><ol>");
            t.enumLabels().forEach(l -> h.element("li", l));
            h.raw("</ol></section>");
        }
        if (t.baseType() != null) {
            h.raw("<dl>").element("dt", "Base type").element("dd", t.baseType())
                    .element("dt", "Not null").element("dd", t.domainNotNull() ? "yes" : "no")
                    .element("dt", "Default").element("dd", t.domainDefault()).raw("</dl>");
        }
        if (!t.domainChecks().isEmpty()) {
            h.raw("<section><h2>Checks</h2><table>").headerRow("Name", "Expression", "Validated").raw("<tbody>");
            for (DomainCheck c : t.domainChecks()) {
                h.raw("<tr>").cell(c.name()).raw("<td><code>").text(c.expression()).raw("</code></td>")
                        .cell(c.validated() ? "yes" : "no").raw("</tr>");
            }
            h.raw("</tbody></table></section>");
        }
        if (!t.attributes().isEmpty()) {
            h.raw("<section><h2>Attributes</h2><table>").headerRow("Name", "Type").raw("<tbody>");
            for (TypeAttribute a : t.attributes()) {
                h.raw("<tr>").cell(a.name()).cell(a.dataType()).raw("</tr>");
            }
            h.raw("</tbody></table></section>");
        }
        return h.toString();
    }

    public String routine(RoutineInfo r) {
        Html h = header(r.ref(), r.kind().name().toLowerCase(Locale.ROOT), null);
        h.raw("<dl>").element("dt", "Signature").raw("<dd><code>").text(r.signature()).raw("</code></dd>")
                .element("dt", "Returns").element("dd", r.returnType())
                .element("dt", "Language").element("dd", r.language()).raw("</dl>");
        if (r.definition() != null) {
            h.raw("<section><h2>Definition</h2><pre><code>").text(r.definition()).raw("</code></pre></section>");
        }
        return h.toString();
    }

    private Html header(TableRef ref, String kind, String comment) {
        Html h = new Html();
        h.raw("<h1>").text(ref.name()).raw("</h1><p class=\"meta\">").text(kind + " in schema ")
                .link("../" + map.schemaPath(SiteMap.schemaOf(ref)), SiteMap.schemaOf(ref)).raw("</p>");
        if (comment != null) {
            h.raw("<p class=\"comment\">").text(comment).raw("</p>");
        }
        return h;
    }
}
