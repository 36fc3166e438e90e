/**
 * Schema documentation site: renders a discovered {@code SchemaInfo} as static, self-contained HTML pages with ER
 * diagrams laid out by Eclipse ELK's layered algorithm. Needs only the API (a DDL renderer is passed in).
 */
module org.schemadiscovery.site {
    requires transitive org.schemadiscovery.api;
    requires org.eclipse.elk.core;
    requires org.eclipse.elk.graph;
    requires org.eclipse.elk.alg.layered;
    requires org.eclipse.emf.common;

    exports org.schemadiscovery.site;
}
