/**
 * The schema-discovery command line. It requires no dialect: dialect plugins and their JDBC drivers are loaded at run
 * time from the {@code plugins/} folder into a child module layer.
 */
module org.schemadiscovery.cli {
    requires org.schemadiscovery.core;
    requires org.schemadiscovery.site;
    requires info.picocli;
    requires org.slf4j;
    requires jdk.httpserver;
    // sun.misc.Signal: watch turns Ctrl-C and SIGTERM into a clean stop (exit 0) instead of the JVM's exit 130/143.
    requires jdk.unsupported;

    // picocli sets annotated fields and calls the commands reflectively.
    opens org.schemadiscovery.cli.command to info.picocli;

    uses java.sql.Driver;
}
