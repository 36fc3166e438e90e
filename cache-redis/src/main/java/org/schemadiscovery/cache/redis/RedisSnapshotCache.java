package org.schemadiscovery.cache.redis;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLParameters;
import org.schemadiscovery.core.cache.CacheEntry;
import org.schemadiscovery.core.cache.CacheEntryCodec;
import org.schemadiscovery.core.cache.SnapshotCache;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Snapshots in Redis: one string per entry under {@code <prefix><key>}, holding {@link CacheEntryCodec}'s bytes,
 * written with one {@code SET} (with {@code PX} when the URI sets a TTL), so a reader sees a whole entry or none.
 * Thread-safe: Jedis's {@link RedisClient} keeps a connection pool, created without connecting; connect and read
 * time out after {@link #TIMEOUT_MILLIS} ms, so an unreachable server costs a warning, not a hang. After a connection
 * failure the server is not tried again for {@link #RETRY_AFTER}: the store that follows a failed lookup fails at
 * once instead of waiting out a second timeout.
 */
public final class RedisSnapshotCache implements SnapshotCache {
    /** Connect and read timeout. */
    public static final int TIMEOUT_MILLIS = 2000;
    /** How long a connection failure stands for every call, before the server is tried again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final RedisCacheUri uri;
    private final RedisClient client;
    private final CacheEntryCodec codec = new CacheEntryCodec();
    private final long retryAfterNanos;
    private final AtomicReference<ConnectionFailure> lastFailure = new AtomicReference<>();

    /** When the server last could not be reached, and why. */
    private record ConnectionFailure(long nanoTime, String reason) {
    }

    /**
     * A store for a {@code redis://} or {@code rediss://} URI; nothing connects until the first lookup.
     *
     * @throws IllegalArgumentException when the URI is not a valid Redis cache URI
     */
    public RedisSnapshotCache(URI uri) {
        this(RedisCacheUri.parse(Objects.requireNonNull(uri, "uri")));
    }

    /** A store for parsed URI parts. */
    public RedisSnapshotCache(RedisCacheUri uri) {
        this(uri, RETRY_AFTER);
    }

    /** With another pause after a connection failure (tests). */
    RedisSnapshotCache(RedisCacheUri uri, Duration retryAfter) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.retryAfterNanos = retryAfter.toNanos();
        // RESP2: GET and SET need nothing newer, and a fixed protocol spares the RESP3 attempt and fallback, which
        // doubled the wait on a server that does not answer
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(TIMEOUT_MILLIS).socketTimeoutMillis(TIMEOUT_MILLIS)
                .database(uri.database()).user(uri.user()).password(uri.password()).ssl(uri.tls()).resp2();
        if (uri.tls()) {
            SSLParameters verifyHost = new SSLParameters();
            verifyHost.setEndpointIdentificationAlgorithm("HTTPS");
            config.sslParameters(verifyHost);
        }
        this.client = RedisClient.builder().hostAndPort(uri.host(), uri.port()).clientConfig(config.build()).build();
    }

    @Override
    public Optional<CacheEntry> get(String key) {
        String redisKey = redisKey(key);
        List<byte[]> values;
        failFastWhileUnreachable("cannot read");
        try {
            // one round trip for the entry and the token recorded beside it
            values = client.mget(redisKey.getBytes(StandardCharsets.UTF_8), tokenKey(key));
        } catch (JedisException e) {
            throw failure("cannot read", e);
        }
        byte[] bytes = values.get(0);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.withRecordedToken(codec.read(bytes), values.get(1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cache entry " + redisKey + " ignored: " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String key, CacheEntry entry) {
        byte[] bytes = codec.write(entry);
        SetParams params = new SetParams();
        uri.ttl().ifPresent(ttl -> params.px(ttl.toMillis()));
        failFastWhileUnreachable("cannot write");
        try {
            client.set(redisKey(key).getBytes(StandardCharsets.UTF_8), bytes, params);
            // the new entry carries its own token
            client.del(tokenKey(key));
        } catch (JedisException e) {
            throw failure("cannot write", e);
        }
    }

    /**
     * Writes only the token, under the entry's key with {@code :token} appended, with the same time to live, which
     * the entry gets again too: the entry itself (45 MB for 5000 tables) is not sent again.
     */
    @Override
    public void putToken(String key, CacheEntry stored, String token) {
        SetParams params = new SetParams();
        uri.ttl().ifPresent(ttl -> params.px(ttl.toMillis()));
        failFastWhileUnreachable("cannot write");
        try {
            client.set(tokenKey(key), codec.writeToken(stored.fingerprint().digest(), token), params);
            // the entry lives as long as a rewrite of it would have made it live
            uri.ttl().ifPresent(ttl -> client.pexpire(redisKey(key).getBytes(StandardCharsets.UTF_8),
                    ttl.toMillis()));
        } catch (JedisException e) {
            throw failure("cannot write", e);
        }
    }

    private byte[] tokenKey(String key) {
        return (redisKey(key) + ":token").getBytes(StandardCharsets.UTF_8);
    }

    /** The Redis key an entry is kept under: the prefix and core's key. */
    public String redisKey(String key) {
        Objects.requireNonNull(key, "key");
        return uri.prefix() + key;
    }

    @Override
    public String describe() {
        return uri.describe();
    }

    @Override
    public void close() {
        client.close();
    }

    private void failFastWhileUnreachable(String what) {
        ConnectionFailure failure = lastFailure.get();
        if (failure != null && System.nanoTime() - failure.nanoTime() < retryAfterNanos) {
            throw new IllegalStateException(what + " Redis at " + uri.describe() + ": not tried again so soon after"
                    + " a connection failure: " + failure.reason());
        }
    }

    private IllegalStateException failure(String what, JedisException e) {
        String reason = e.getMessage();
        Throwable cause = e.getCause();
        while (cause != null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause != null && cause.getMessage() != null && (reason == null || !reason.contains(cause.getMessage()))) {
            reason = reason + " (" + cause.getMessage() + ")";
        }
        if (e instanceof JedisConnectionException) {
            lastFailure.set(new ConnectionFailure(System.nanoTime(), reason));
        }
        return new IllegalStateException(what + " Redis at " + uri.describe() + ": " + reason, e);
    }
}
