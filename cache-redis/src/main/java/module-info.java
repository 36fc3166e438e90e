/**
 * The Redis snapshot-cache store: {@code redis://} and {@code rediss://} URIs for
 * {@code SchemaDiscovery.builder().cache(...)} and the CLI's {@code --cache}, found by {@code ServiceLoader} through
 * core's {@code SnapshotCacheProvider}; over Jedis (an automatic module).
 */
module org.schemadiscovery.cache.redis {
    requires org.schemadiscovery.core;
    requires redis.clients.jedis;
    // Jedis is an automatic module, which declares no dependencies: these bring its runtime dependencies into the
    // module graph, so --add-modules org.schemadiscovery.cache.redis is enough on a module path
    requires org.apache.commons.pool2;
    requires com.google.gson;
    requires org.json;
    requires static com.google.auto.service;

    exports org.schemadiscovery.cache.redis;

    provides org.schemadiscovery.core.cache.SnapshotCacheProvider
            with org.schemadiscovery.cache.redis.RedisSnapshotCacheProvider;
}
