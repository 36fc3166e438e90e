package org.schemadiscovery.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.spi.CacheOutcome;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.cache.CachedDiscovery;
import org.schemadiscovery.core.cache.SnapshotCache;
import org.schemadiscovery.core.cache.SnapshotCaches;

/**
 * A PostgreSQL database of this test's own (created and dropped on the server SCHEMA_DISCOVERY_TCK_POSTGRESQL_URL
 * names, 127.0.0.1:5432 by default) cached in the local Redis.
 */
@DisplayName("Redis store with PostgreSQL: miss then hit; a password in the JDBC URL is in no key and no value")
class PostgresqlRedisCacheTest {
    private static final String ADMIN_URL = System.getenv().getOrDefault("SCHEMA_DISCOVERY_TCK_POSTGRESQL_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    private final LocalRedis redis = new LocalRedis();
    private final String database = "sd_redis_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @BeforeEach
    void createDatabase() throws Exception {
        admin("CREATE DATABASE " + database);
        try (Connection c = DriverManager.getConnection(url(ADMIN_URL, database));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers(id bigint PRIMARY KEY, name text NOT NULL)");
            st.execute("CREATE TABLE orders(id bigint PRIMARY KEY, customer_id bigint REFERENCES customers(id),"
                    + " total numeric(10,2))");
            st.execute("CREATE INDEX orders_customer ON orders(customer_id)");
            st.execute("COMMENT ON TABLE orders IS 'placed orders'");
        }
    }

    @AfterEach
    void dropDatabase() throws Exception {
        try {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } finally {
            redis.close();
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(ADMIN_URL); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The admin URL pointed at another database, keeping its parameters. */
    private static String url(String adminUrl, String db) {
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + db + (query < 0 ? "" : adminUrl.substring(query));
    }

    @Test
    @DisplayName("password=s3cret in the URL: miss, hit, and neither keys nor stored bytes contain it")
    void missThenHitWithoutPassword() throws Exception {
        String url = url(ADMIN_URL, database) + (ADMIN_URL.contains("?") ? "&" : "?") + "password=s3cret";
        try (SnapshotCache cache = SnapshotCaches.open(redis.uri("ttl=1h"), getClass().getClassLoader())) {
            SchemaDiscovery discovery = SchemaDiscovery.builder().cache(cache).build();
            CachedDiscovery first = discovery.discoverCached(url, new Properties());
            CachedDiscovery second = discovery.discoverCached(url, new Properties());
            assertThat(first.outcome()).isEqualTo(CacheOutcome.MISS);
            assertThat(second.outcome()).isEqualTo(CacheOutcome.HIT);
            assertThat(first.warnings()).isEmpty();
            assertThat(second.warnings()).isEmpty();
            assertThat(second.schema().withMetrics(DiscoveryMetrics.empty()))
                    .isEqualTo(first.schema().withMetrics(DiscoveryMetrics.empty()));
            assertThat(second.schema().identity().dialect()).isEqualTo("postgresql");
            assertThat(second.schema().tables()).extracting(t -> t.ref().name())
                    .containsExactlyInAnyOrder("customers", "orders");

            String key = redis.onlyKey();
            String stored = new String(redis.value(key), StandardCharsets.UTF_8);
            assertThat(key).doesNotContain("s3cret");
            assertThat(stored).contains(database).contains("placed orders").doesNotContain("s3cret");
            assertThat(redis.ttl(key)).isBetween(3500L, 3600L);
        }
    }
}
