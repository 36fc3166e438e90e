/** ER diagrams: which tables and foreign keys a picture holds, their layout by ELK, and the SVG. */
package org.schemadiscovery.site.diagram;
