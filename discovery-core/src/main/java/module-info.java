/** Schema Discovery core: plugin registry, orchestration, generic JDBC strategy, JSON codec. */
module org.schemadiscovery.core {
    requires transitive org.schemadiscovery.api;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
}
