/**
 * Schema Discovery API: the immutable schema model, the dialect service interfaces (SPI) and the typed exceptions.
 * It depends on {@code java.sql} only, so a dialect plugin needs nothing but this module and its JDBC driver.
 */
module org.schemadiscovery.api {
    requires transitive java.sql;

    exports org.schemadiscovery.api.model;
    exports org.schemadiscovery.api.spi;
    exports org.schemadiscovery.api.exception;
    exports org.schemadiscovery.api.support;
    exports org.schemadiscovery.api.diff;
    exports org.schemadiscovery.api.migration;
}
