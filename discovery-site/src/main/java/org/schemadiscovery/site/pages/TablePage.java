package org.schemadiscovery.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ExclusionConstraint;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.UniqueConstraint;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.site.diagram.DiagramBuilder;
import org.schemadiscovery.site.diagram.ElkLayout;
import org.schemadiscovery.site.diagram.SvgWriter;
import org.schemadiscovery.site.html.Html;

/** A table's page: columns, keys, indexes, constraints, triggers, policies, partitioning, links, DDL, neighbourhood. */
public final class TablePage {
    private final SiteMap map;
    private final DdlRenderer ddl;
    private final DiagramBuilder diagrams;

    public TablePage(SiteMap map, DdlRenderer ddl, DiagramBuilder diagrams) {
        this.map = map;
        this.ddl = ddl;
        this.diagrams = diagrams;
    }

    /** The page body. */
    public String body(TableInfo t) {
        Html h = new Html();
        h.raw("<h1>").text(t.ref().name()).raw("</h1>");
        h.raw("<p class=\"meta\">").text(t.kind().name().toLowerCase(java.util.Locale.ROOT) + " in schema ")
                .link("../" + map.schemaPath(SiteMap.schemaOf(t.ref())), SiteMap.schemaOf(t.ref()));
        if (t.owner() != null) {
            h.text(", owner " + t.owner());
        }
        if (t.rowLevelSecurity()) {
            h.text(", row-level security enabled");
        }
        if (t.rowEstimate() != null) {
            h.text(", about " + String.format(java.util.Locale.ROOT, "%,d", t.rowEstimate()) + " rows (server estimate)");
        }
        h.raw("</p>");
        if (t.comment() != null) {
            h.raw("<p class=\"comment\">").text(t.comment()).raw("</p>");
        }
        options(h, t.options());
        columns(h, t);
        constraints(h, t);
        indexes(h, t.indexes());
        relations(h, t);
        partitioning(h, t);
        triggers(h, t.triggers());
        policies(h, t.policies());
        neighbourhood(h, t);
        ddl(h, t);
        return h.toString();
    }

    static void options(Html h, Map<String, String> options) {
        if (options.isEmpty()) {
            return;
        }
        h.raw("<dl class=\"options\">");
        options.forEach((k, v) -> h.element("dt", k).element("dd", v));
        h.raw("</dl>");
    }

    static void columnTable(Html h, List<ColumnInfo> columns, List<String> pk, List<String> fk) {
        h.raw("<table class=\"columns\">");
        h.headerRow("#", "Column", "Type", "Null", "Default", "Identity / generated", "Comment");
        h.raw("<tbody>");
        for (ColumnInfo c : columns) {
            String keys = (pk.contains(c.name()) ? " PK" : "") + (fk.contains(c.name()) ? " FK" : "");
            h.raw("<tr id=\"col-").text(anchor(c.name())).raw("\">").cell(String.valueOf(c.ordinal()))
                    .raw("<th scope=\"row\">").text(c.name()).raw(keys.isEmpty() ? "" : "<span class=\"keys\">")
                    .text(keys).raw(keys.isEmpty() ? "" : "</span>").raw("</th>")
                    .cell(c.type().declared() + (c.collation() == null ? "" : " collate " + c.collation()))
                    .cell(c.nullable() ? "null" : "not null").cell(c.defaultValue()).cell(generation(c))
                    .cell(c.comment()).raw("</tr>");
        }
        h.raw("</tbody></table>");
    }

    /** A fragment id for a column: its name with anything unsafe as a code point number. */
    public static String anchor(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '_') {
                sb.appendCodePoint(cp);
            } else {
                sb.append('-').append(Integer.toHexString(cp)).append('-');
            }
        });
        return sb.toString();
    }

    private static String generation(ColumnInfo c) {
        List<String> out = new ArrayList<>();
        if (c.identity() != null) {
            out.add("identity " + c.identity().generation().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '));
        }
        if (c.generated() != null) {
            out.add("generated " + (c.generated().stored() ? "stored" : "virtual") + ": " + c.generated().expression());
        }
        return String.join("; ", out);
    }

    private void columns(Html h, TableInfo t) {
        h.raw("<section><h2>Columns</h2>");
        List<String> fk = new ArrayList<>();
        t.foreignKeys().forEach(f -> fk.addAll(f.columns()));
        columnTable(h, t.columns(), t.primaryKey().map(PrimaryKey::columns).orElse(List.of()), fk);
        h.raw("</section>");
    }

    private static void constraints(Html h, TableInfo t) {
        List<ConstraintInfo> shown = t.constraints().stream().filter(c -> !(c instanceof ForeignKey)).toList();
        if (shown.isEmpty()) {
            return;
        }
        h.raw("<section><h2>Keys and constraints</h2><table>").headerRow("Name", "Kind", "Definition").raw("<tbody>");
        for (ConstraintInfo c : shown) {
            String kind;
            String def;
            if (c instanceof PrimaryKey pk) {
                kind = "primary key";
                def = String.join(", ", pk.columns());
            } else if (c instanceof UniqueConstraint u) {
                kind = "unique";
                def = String.join(", ", u.columns()) + (u.nullsNotDistinct() ? " nulls not distinct" : "")
                        + deferral(u.deferrable(), u.initiallyDeferred());
            } else if (c instanceof CheckConstraint ch) {
                kind = "check";
                def = ch.expression() + (ch.validated() ? "" : " (not validated)");
            } else if (c instanceof ExclusionConstraint ex) {
                kind = "exclusion";
                def = "using " + ex.method() + " (" + String.join(", ", ex.elements().stream()
                        .map(e -> e.expression() + " with " + e.operator()).toList()) + ")"
                        + (ex.predicate() == null ? "" : " where " + ex.predicate())
                        + deferral(ex.deferrable(), ex.initiallyDeferred());
            } else {
                continue;
            }
            h.raw("<tr>").cell(c.name()).cell(kind).raw("<td><code>").text(def).raw("</code></td></tr>");
        }
        h.raw("</tbody></table></section>");
    }

    private static String deferral(boolean deferrable, boolean initiallyDeferred) {
        return deferrable ? (initiallyDeferred ? " deferrable initially deferred" : " deferrable") : "";
    }

    static void indexes(Html h, List<IndexInfo> indexes) {
        if (indexes.isEmpty()) {
            return;
        }
        h.raw("<section><h2>Indexes</h2><table>")
                .headerRow("Name", "Unique", "Method", "Key", "Include", "Predicate", "Notes").raw("<tbody>");
        for (IndexInfo i : indexes) {
            List<String> keys = new ArrayList<>();
            for (IndexElement e : i.elements()) {
                keys.add((e.isExpression() ? "(" + e.expression() + ")" : e.column())
                        + (e.opclass() == null ? "" : " " + e.opclass())
                        + (e.order().name().equals("DESC") ? " desc" : "")
                        + (e.nulls().name().equals("DEFAULT") ? "" : " nulls " + e.nulls().name().toLowerCase(
                        java.util.Locale.ROOT)));
            }
            List<String> notes = new ArrayList<>();
            if (i.nullsNotDistinct()) {
                notes.add("nulls not distinct");
            }
            if (i.constraint() != null) {
                notes.add("backs constraint " + i.constraint());
            }
            if (!i.valid()) {
                notes.add("invalid");
            }
            h.raw("<tr>").cell(i.name()).cell(i.unique() ? "yes" : "no").cell(i.method())
                    .raw("<td><code>").text(String.join(", ", keys)).raw("</code></td>")
                    .cell(String.join(", ", i.include())).raw("<td><code>").text(i.predicate()).raw("</code></td>")
                    .cell(String.join("; ", notes)).raw("</tr>");
        }
        h.raw("</tbody></table></section>");
    }

    private void relations(Html h, TableInfo t) {
        List<ForeignKey> out = t.foreignKeys();
        List<ForeignKey> in = map.referencedBy(t.ref());
        if (out.isEmpty() && in.isEmpty()) {
            return;
        }
        h.raw("<section><h2>Relationships</h2>");
        if (!out.isEmpty()) {
            h.raw("<h3>References</h3><table class=\"references\">")
                    .headerRow("Foreign key", "Columns", "Referenced table", "Referenced columns", "Rules")
                    .raw("<tbody>");
            for (ForeignKey fk : out) {
                h.raw("<tr>").cell(fk.name()).cell(String.join(", ", fk.columns())).raw("<td>");
                tableLink(h, fk.referencedTable());
                h.raw("</td>").cell(String.join(", ", fk.referencedColumns())).cell(rules(fk)).raw("</tr>");
            }
            h.raw("</tbody></table>");
        }
        if (!in.isEmpty()) {
            h.raw("<h3>Referenced by</h3><table class=\"referenced-by\">")
                    .headerRow("Table", "Foreign key", "Columns", "Rules").raw("<tbody>");
            for (ForeignKey fk : in) {
                h.raw("<tr><td>");
                tableLink(h, fk.table());
                h.raw("</td>").cell(fk.name()).cell(String.join(", ", fk.columns())).cell(rules(fk)).raw("</tr>");
            }
            h.raw("</tbody></table>");
        }
        h.raw("</section>");
    }

    private static String rules(ForeignKey fk) {
        return "on update " + fk.onUpdate().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + ", on delete " + fk.onDelete().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (fk.match().name().equals("SIMPLE") ? "" : ", match " + fk.match().name().toLowerCase(
                java.util.Locale.ROOT)) + deferral(fk.deferrable(), fk.initiallyDeferred())
                + (fk.validated() ? "" : ", not validated");
    }

    private void tableLink(Html h, TableRef ref) {
        String path = map.relationPath(ref);
        if (path == null) {
            h.text(ref.displayName());
        } else {
            h.link("../" + path, ref.displayName());
        }
    }

    private void partitioning(Html h, TableInfo t) {
        List<TableInfo> children = map.schema().tables().stream()
                .filter(c -> c.partition() != null && t.ref().equals(c.partition().parent())).toList();
        if (t.partition() == null && children.isEmpty()) {
            return;
        }
        h.raw("<section><h2>Partitioning</h2><dl>");
        if (t.partition() != null && t.partition().strategy() != null) {
            h.element("dt", "Strategy").element("dd", t.partition().strategy() + " (" + t.partition().key() + ")");
        }
        if (t.partition() != null && t.partition().parent() != null) {
            h.raw("<dt>Parent</dt><dd>");
            tableLink(h, t.partition().parent());
            h.raw("</dd>").element("dt", "Bound").raw("<dd><code>").text(t.partition().bound()).raw("</code></dd>");
        }
        h.raw("</dl>");
        if (!children.isEmpty()) {
            h.raw("<h3>Partitions</h3><ul>");
            for (TableInfo c : children) {
                h.raw("<li>");
                tableLink(h, c.ref());
                h.raw(" <code>").text(c.partition().bound()).raw("</code></li>");
            }
            h.raw("</ul>");
        }
        h.raw("</section>");
    }

    static void triggers(Html h, List<TriggerInfo> triggers) {
        if (triggers.isEmpty()) {
            return;
        }
        h.raw("<section><h2>Triggers</h2><table>").headerRow("Name", "When", "Events", "Level", "Function")
                .raw("<tbody>");
        for (TriggerInfo tr : triggers) {
            h.raw("<tr>").cell(tr.name()).cell(tr.timing())
                    .cell(String.join(", ", tr.events()) + (tr.columns().isEmpty() ? "" : " of "
                            + String.join(", ", tr.columns())))
                    .cell(tr.forEachRow() ? "row" : "statement").cell(tr.function()).raw("</tr>");
        }
        h.raw("</tbody></table>");
        for (TriggerInfo tr : triggers) {
            if (tr.definition() != null) {
                h.raw("<pre><code>").text(tr.definition()).raw("</code></pre>");
            }
        }
        h.raw("</section>");
    }

    private static void policies(Html h, List<PolicyInfo> policies) {
        if (policies.isEmpty()) {
            return;
        }
        h.raw("<section><h2>Policies</h2><table>").headerRow("Name", "Command", "Kind", "Roles", "Using", "With check")
                .raw("<tbody>");
        for (PolicyInfo p : policies) {
            h.raw("<tr>").cell(p.name()).cell(p.command()).cell(p.permissive() ? "permissive" : "restrictive")
                    .cell(String.join(", ", p.roles())).raw("<td><code>").text(p.using()).raw("</code></td><td><code>")
                    .text(p.withCheck()).raw("</code></td></tr>");
        }
        h.raw("</tbody></table></section>");
    }

    private void neighbourhood(Html h, TableInfo t) {
        List<TableInfo> shown = diagrams.neighbourhood(t);
        if (shown.size() < 2) {
            return;
        }
        var diagram = diagrams.neighbourhoodDiagram(t, shown, ref -> "../" + map.tablePath(ref));
        h.raw("<section><h2>Neighbourhood</h2><figure class=\"diagram\">")
                .raw(new SvgWriter().write(new ElkLayout().layout(diagram), "tables around " + t.ref().name()))
                .raw("<figcaption>").text(t.ref().name() + ", the tables it references and the tables referencing it")
                .raw("</figcaption></figure></section>");
    }

    private void ddl(Html h, TableInfo t) {
        if (ddl == null) {
            return;
        }
        SchemaInfo one = new SchemaInfo(map.schema().identity(), map.schema().capabilities(), List.of(),
                List.of(t), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null);
        String script = String.join(";\n\n", ddl.script(one)) + ";";
        h.raw("<section><h2>DDL</h2><pre class=\"ddl\"><code>").text(script).raw("</code></pre></section>");
    }
}
