package org.schemadiscovery.site.diagram;

import java.util.List;

/**
 * A diagram with coordinates.
 *
 * @param diagram the content
 * @param boxes   one box per node, same order
 * @param routes  one polyline per edge, same order
 * @param width   drawing width
 * @param height  drawing height
 */
public record LaidOutDiagram(Diagram diagram, List<Box> boxes, List<List<Point>> routes, double width,
                             double height) {
    /** A node's rectangle. */
    public record Box(double x, double y, double width, double height) {
    }

    /** A point of an edge route. */
    public record Point(double x, double y) {
    }
}
