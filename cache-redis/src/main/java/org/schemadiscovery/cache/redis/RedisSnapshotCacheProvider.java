package org.schemadiscovery.cache.redis;

import com.google.auto.service.AutoService;
import java.net.URI;
import org.schemadiscovery.core.cache.SnapshotCache;
import org.schemadiscovery.core.cache.SnapshotCacheProvider;

/** Serves {@code redis://} and {@code rediss://} cache URIs with a {@link RedisSnapshotCache}. Stateless. */
@AutoService(SnapshotCacheProvider.class)
public final class RedisSnapshotCacheProvider implements SnapshotCacheProvider {

    @Override
    public boolean supports(URI uri) {
        return RedisCacheUri.isRedis(uri);
    }

    @Override
    public SnapshotCache open(URI uri) {
        return new RedisSnapshotCache(uri);
    }
}
