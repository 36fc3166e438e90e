/**
 * The Redis snapshot-cache store: {@code redis://} and {@code rediss://} URIs for
 * {@code SchemaDiscovery.builder().cache(...)} and the CLI's {@code --cache}, found by {@code ServiceLoader} through
 * core's {@code SnapshotCacheProvider}; over Jedis (an automatic module).
 */
module org.schemadiscovery.cache.redis {
    requires org.schemadiscovery.core;
    requires redis.clients.jedis;
    requires static com.google.auto.service;

    exports org.schemadiscovery.cache.redis;

    provides org.schemadiscovery.core.cache.SnapshotCacheProvider
            with org.schemadiscovery.cache.redis.RedisSnapshotCacheProvider;
}
