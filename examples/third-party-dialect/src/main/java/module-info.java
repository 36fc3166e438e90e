/** An H2 dialect plugin, written against the Schema Discovery API, its INFORMATION_SCHEMA support and H2 only. */
module com.example.schemadiscovery.h2 {
    requires org.schemadiscovery.api;
    requires org.schemadiscovery.infoschema;
    requires com.h2database;
    requires static com.google.auto.service;

    exports com.example.schemadiscovery.h2;

    provides org.schemadiscovery.api.spi.DiscoveryStrategy with com.example.schemadiscovery.h2.H2DiscoveryStrategy;
    provides org.schemadiscovery.api.spi.IndexDiscovery with com.example.schemadiscovery.h2.H2IndexDiscovery;
    provides org.schemadiscovery.api.spi.ConstraintDiscovery with com.example.schemadiscovery.h2.H2ConstraintDiscovery;
}
