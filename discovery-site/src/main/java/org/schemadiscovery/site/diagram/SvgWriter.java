package org.schemadiscovery.site.diagram;

import java.util.List;
import java.util.Locale;
import org.schemadiscovery.site.html.Html;

/**
 * Inline SVG for a laid-out diagram: each table a linked {@code g.node} (stubs {@code g.ext-node}), each foreign key a
 * {@code g.edge} with its columns and cardinalities. Every text is escaped.
 */
public final class SvgWriter {
    /** The {@code <svg>} element; {@code label} names it for assistive technology. */
    public String write(LaidOutDiagram d, String label) {
        Html h = new Html();
        h.raw("<svg class=\"er\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .raw(num(d.width())).raw(" ").raw(num(d.height())).raw("\" width=\"").raw(num(d.width()))
                .raw("\" height=\"").raw(num(d.height())).raw("\" aria-label=\"").text(label).raw("\">")
                .raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/>"
                        + "</marker></defs>");
        List<Diagram.Edge> edges = d.diagram().edges();
        for (int i = 0; i < edges.size(); i++) {
            edge(h, edges.get(i), d.routes().get(i), d.diagram().nodes());
        }
        List<Diagram.Node> nodes = d.diagram().nodes();
        for (int i = 0; i < nodes.size(); i++) {
            node(h, nodes.get(i), d.boxes().get(i));
        }
        return h.raw("</svg>").toString();
    }

    private static void edge(Html h, Diagram.Edge e, List<LaidOutDiagram.Point> route, List<Diagram.Node> nodes) {
        boolean external = nodes.get(e.from()).external() || nodes.get(e.to()).external();
        h.raw(external ? "<g class=\"ext-edge\">" : "<g class=\"edge\">").raw("<title>")
                .text(nodes.get(e.from()).title() + " (" + e.label() + ") → " + nodes.get(e.to()).title())
                .raw("</title>");
        if (route.isEmpty()) {
            h.raw("</g>");
            return;
        }
        StringBuilder points = new StringBuilder();
        for (LaidOutDiagram.Point p : route) {
            points.append(num(p.x())).append(',').append(num(p.y())).append(' ');
        }
        h.raw("<polyline marker-end=\"url(#arrow)\" points=\"").raw(points.toString().strip()).raw("\"/>");
        LaidOutDiagram.Point start = route.get(0);
        LaidOutDiagram.Point end = route.get(route.size() - 1);
        LaidOutDiagram.Point mid = route.get(route.size() / 2);
        h.raw("<text class=\"card\" x=\"").raw(num(start.x() + 4)).raw("\" y=\"").raw(num(start.y() - 4)).raw("\">")
                .text(e.fromCard()).raw("</text>");
        h.raw("<text class=\"card\" text-anchor=\"end\" x=\"").raw(num(end.x() - 6)).raw("\" y=\"")
                .raw(num(end.y() - 4)).raw("\">").text(e.toCard()).raw("</text>");
        h.raw("<text class=\"fk-label\" x=\"").raw(num(mid.x())).raw("\" y=\"").raw(num(mid.y() + 12))
                .raw("\">").text(e.label()).raw("</text></g>");
    }

    private static void node(Html h, Diagram.Node n, LaidOutDiagram.Box b) {
        h.raw(n.external() ? "<g class=\"ext-node\">" : "<g class=\"node\">");
        if (n.href() != null) {
            h.raw("<a href=\"").text(n.href()).raw("\">");
        }
        h.raw("<title>").text(n.title()).raw("</title>");
        h.raw("<rect x=\"").raw(num(b.x())).raw("\" y=\"").raw(num(b.y())).raw("\" width=\"").raw(num(b.width()))
                .raw("\" height=\"").raw(num(b.height())).raw("\" rx=\"3\"/>");
        h.raw("<text class=\"title\" x=\"").raw(num(b.x() + ElkLayout.PADDING)).raw("\" y=\"")
                .raw(num(b.y() + 15)).raw("\">").text(n.title()).raw("</text>");
        double y = b.y() + ElkLayout.TITLE_HEIGHT + 12;
        for (String line : n.lines()) {
            h.raw("<text x=\"").raw(num(b.x() + ElkLayout.PADDING)).raw("\" y=\"").raw(num(y)).raw("\">")
                    .text(line).raw("</text>");
            y += ElkLayout.LINE_HEIGHT;
        }
        if (n.href() != null) {
            h.raw("</a>");
        }
        h.raw("</g>");
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
