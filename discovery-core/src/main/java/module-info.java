/**
 * Schema Discovery core: the {@code SchemaDiscovery} facade, the plugin registry, orchestration with retries and
 * fallbacks, statement counting, the generic JDBC strategy, relationship and recommendation analysis, JSON codec, schema comparison, snapshot cache.
 */
module org.schemadiscovery.core {
    requires transitive org.schemadiscovery.api;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.github.benmanes.caffeine;

    exports org.schemadiscovery.core;
    exports org.schemadiscovery.core.registry;
    exports org.schemadiscovery.core.json;
    exports org.schemadiscovery.core.diff;
    exports org.schemadiscovery.core.migration;
    exports org.schemadiscovery.core.source;
    exports org.schemadiscovery.core.health;
    exports org.schemadiscovery.core.metrics;
    exports org.schemadiscovery.core.cache;
    exports org.schemadiscovery.core.time;

    uses org.schemadiscovery.api.spi.DiscoveryStrategy;
    uses org.schemadiscovery.api.spi.IndexDiscovery;
    uses org.schemadiscovery.api.spi.ConstraintDiscovery;
    uses org.schemadiscovery.api.spi.DdlRenderer;
    uses org.schemadiscovery.api.diff.SchemaNormalizer;
    uses org.schemadiscovery.api.spi.MigrationPlanner;
    uses java.sql.Driver;
    uses org.schemadiscovery.core.cache.SnapshotCacheProvider;
}
