package org.schemadiscovery.site.diagram;

import java.util.List;

/**
 * What a diagram shows, before layout.
 *
 * @param nodes tables (and stubs for tables drawn elsewhere)
 * @param edges foreign keys, from the referencing node to the referenced one (indexes into nodes)
 */
public record Diagram(List<Node> nodes, List<Edge> edges) {
    public Diagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A box.
     *
     * @param title    the table's name
     * @param href     link target relative to the page, or null
     * @param lines    column lines under the title
     * @param external true for a stub standing for a table drawn in another part or schema
     */
    public record Node(String title, String href, List<String> lines, boolean external) {
        public Node {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A foreign key.
     *
     * @param from     index of the referencing node
     * @param to       index of the referenced node
     * @param label    the foreign key's columns
     * @param fromCard cardinality at the referencing end, e.g. {@code *}
     * @param toCard   cardinality at the referenced end, e.g. {@code 1}
     */
    public record Edge(int from, int to, String label, String fromCard, String toCard) {
    }
}
