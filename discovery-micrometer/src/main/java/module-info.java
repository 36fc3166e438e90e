/**
 * Optional: a Micrometer {@code MeterBinder} over core's {@code MetricsView}, so core itself never depends on
 * Micrometer.
 */
module org.schemadiscovery.micrometer {
    requires transitive org.schemadiscovery.core;
    requires transitive micrometer.core;

    exports org.schemadiscovery.micrometer;
}
