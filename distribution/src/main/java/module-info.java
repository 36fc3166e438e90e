/** The schema-discovery command line. */
module org.schemadiscovery.cli {
    requires org.schemadiscovery.core;
    requires info.picocli;
    requires org.slf4j;
}
