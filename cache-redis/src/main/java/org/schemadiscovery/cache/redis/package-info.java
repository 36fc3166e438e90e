/**
 * Snapshot caches kept in Redis.
 *
 * <p>{@code SnapshotCaches.open("redis://127.0.0.1:6379", loader)} (or {@code --cache redis://127.0.0.1:6379} on the
 * command line, with this module's jar and Jedis's in {@code plugins/}) finds {@link
 * org.schemadiscovery.cache.redis.RedisSnapshotCacheProvider} with {@code ServiceLoader}; in code,
 * {@code new RedisSnapshotCache(URI.create("redis://127.0.0.1:6379"))} does the same.
 *
 * <p>URI: {@code redis[s]://[[USER]:PASSWORD@]HOST[:PORT][/DB][?ttl=DURATION][&prefix=PREFIX]}. {@code rediss} is
 * TLS with host-name verification; the port defaults to 6379, the database to 0. {@code ttl} ({@code 90s},
 * {@code 30m}, {@code 12h}, {@code 7d}, or ISO-8601 such as {@code PT36H}) makes every stored entry expire that long
 * after it was written; without it entries stay until overwritten. {@code prefix} (default
 * {@code schema-discovery:}) starts every key, so several applications can share a database. The user name and
 * password are used to authenticate only: never in {@code describe()}, an error, a warning or a key (keys are core's
 * {@code sd-<sha256>} after the prefix).
 *
 * <p>Entries are {@code CacheEntryCodec}'s bytes, which carry their format version. Failure model (core's): an entry
 * of another version, a corrupt or truncated one, and an unreachable server (connect and read time out after 2 s)
 * are exceptions that core turns into a warning and a normal discovery. Opening a store never connects; the pool
 * (Jedis's {@code RedisClient}) connects on first use, is thread-safe and is released by {@code close()}.
 *
 * <p>Why Jedis rather than Lettuce: a synchronous client is all a cache lookup needs, and Jedis brings four small
 * jars (commons-pool2, org.json, Gson, redis-authx-core; about 1.8 MB with Jedis) and no Netty; it carries an
 * {@code Automatic-Module-Name}, so it loads on the module path and in the CLI's plugin layer.
 */
package org.schemadiscovery.cache.redis;
