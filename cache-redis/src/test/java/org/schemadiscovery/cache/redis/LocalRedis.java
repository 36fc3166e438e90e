package org.schemadiscovery.cache.redis;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The machine's Redis at 127.0.0.1:6379 (shared: .ci/run starts it), seen through a key prefix of this test's own;
 * {@link #close()} deletes only the keys under that prefix.
 */
final class LocalRedis implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    static final int PORT = 6379;

    final String prefix = "sd-test-" + UUID.randomUUID() + ":";
    private final RedisClient admin = RedisClient.create(HOST, PORT);

    /** {@code redis://127.0.0.1:6379/?prefix=<this test's prefix>} with more parameters appended. */
    String uri(String moreQuery) {
        return "redis://" + HOST + ":" + PORT + "/?prefix=" + prefix + (moreQuery.isEmpty() ? "" : "&" + moreQuery);
    }

    /** Every key under this test's prefix. */
    Set<String> keys() {
        Set<String> keys = new HashSet<>();
        ScanParams match = new ScanParams().match(prefix + "*").count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = admin.scan(cursor, match);
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return keys;
    }

    /** The only key under this test's prefix. */
    String onlyKey() {
        Set<String> keys = keys();
        if (keys.size() != 1) {
            throw new AssertionError("expected one key under " + prefix + ", found " + keys);
        }
        return keys.iterator().next();
    }

    byte[] value(String key) {
        return admin.get(key.getBytes(StandardCharsets.UTF_8));
    }

    void set(String key, byte[] value) {
        admin.set(key.getBytes(StandardCharsets.UTF_8), value);
    }

    /** Sets the key's TTL in seconds. */
    void expire(String key, long seconds) {
        admin.expire(key, seconds);
    }

    /** TTL in seconds: -1 without expiry, -2 when there is no such key. */
    long ttl(String key) {
        return admin.ttl(key);
    }

    /** Deletes this test's keys in another database; returns how many there were. */
    long deleteOwnKeys(int database) {
        try (RedisClient other = RedisClient.builder().hostAndPort(HOST, PORT)
                .clientConfig(DefaultJedisClientConfig.builder().database(database).build()).build()) {
            Set<String> keys = other.keys(prefix + "*");
            return keys.isEmpty() ? 0 : other.del(keys.toArray(String[]::new));
        }
    }

    /** A local port nobody listens on (bound, then released). */
    static int closedPort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        try {
            Set<String> keys = keys();
            if (!keys.isEmpty()) {
                admin.del(keys.toArray(String[]::new));
            }
        } finally {
            admin.close();
        }
    }
}
