package org.schemadiscovery.site.diagram;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/** Lays a diagram out with ELK's layered algorithm: referencing tables left, referenced tables right. */
public final class ElkLayout {
    static final double CHAR_WIDTH = 7.2;
    static final double LINE_HEIGHT = 16;
    static final double TITLE_HEIGHT = 22;
    static final double PADDING = 8;

    static {
        // ELK's own registry of layout options (it registers the types ElkReflect must copy); filled once per JVM.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    /** Sizes each node from its text, runs ELK, and reads back boxes and edge routes. */
    public LaidOutDiagram layout(Diagram diagram) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
        List<ElkNode> nodes = new ArrayList<>();
        for (Diagram.Node n : diagram.nodes()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(width(n), height(n));
            nodes.add(node);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (Diagram.Edge e : diagram.edges()) {
            edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(e.from()), nodes.get(e.to())));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<LaidOutDiagram.Box> boxes = new ArrayList<>();
        for (ElkNode n : nodes) {
            boxes.add(new LaidOutDiagram.Box(n.getX(), n.getY(), n.getWidth(), n.getHeight()));
        }
        List<List<LaidOutDiagram.Point>> routes = new ArrayList<>();
        for (ElkEdge e : edges) {
            List<LaidOutDiagram.Point> route = new ArrayList<>();
            for (ElkEdgeSection s : e.getSections()) {
                route.add(new LaidOutDiagram.Point(s.getStartX(), s.getStartY()));
                for (ElkBendPoint b : s.getBendPoints()) {
                    route.add(new LaidOutDiagram.Point(b.getX(), b.getY()));
                }
                route.add(new LaidOutDiagram.Point(s.getEndX(), s.getEndY()));
            }
            routes.add(route);
        }
        return new LaidOutDiagram(diagram, boxes, routes, root.getWidth(), root.getHeight());
    }

    static double width(Diagram.Node n) {
        int chars = n.title().length();
        for (String line : n.lines()) {
            chars = Math.max(chars, line.length());
        }
        return Math.max(80, chars * CHAR_WIDTH + 2 * PADDING);
    }

    static double height(Diagram.Node n) {
        return TITLE_HEIGHT + n.lines().size() * LINE_HEIGHT + (n.lines().isEmpty() ? 0 : PADDING);
    }
}
