package org.schemadiscovery.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemadiscovery.core.cache.SnapshotCache;
import org.schemadiscovery.core.cache.SnapshotCaches;

@DisplayName("Redis cache URIs: parts, defaults, and clear errors that never quote a password")
class RedisCacheUriTest {

    private static RedisCacheUri parse(String uri) {
        return RedisCacheUri.parse(URI.create(uri));
    }

    @Test
    @DisplayName("defaults: port 6379, database 0, no credentials, no TTL, prefix schema-discovery:")
    void defaults() {
        RedisCacheUri uri = parse("redis://127.0.0.1");
        assertThat(uri).isEqualTo(new RedisCacheUri(false, "127.0.0.1", 6379, 0, null, null, Optional.empty(),
                "schema-discovery:"));
        assertThat(uri.describe()).isEqualTo("redis://127.0.0.1:6379/0 (prefix schema-discovery:)");
        assertThat(parse("redis://h:6380/").database()).isZero();
    }

    @Test
    @DisplayName("every part, %-decoded; describe() and toString() without user or password")
    void everyPart() {
        RedisCacheUri uri = parse("rediss://app%40x:s3cret%2F%2B@cache.example:6390/3?ttl=7d&prefix=sd%3Aprod%3A");
        assertThat(uri.tls()).isTrue();
        assertThat(uri.host()).isEqualTo("cache.example");
        assertThat(uri.port()).isEqualTo(6390);
        assertThat(uri.database()).isEqualTo(3);
        assertThat(uri.user()).isEqualTo("app@x");
        assertThat(uri.password()).isEqualTo("s3cret/+");
        assertThat(uri.ttl()).contains(Duration.ofDays(7));
        assertThat(uri.prefix()).isEqualTo("sd:prod:");
        assertThat(uri.describe()).isEqualTo("rediss://cache.example:6390/3 (prefix sd:prod:, ttl PT168H)");
        assertThat(uri.toString()).isEqualTo(uri.describe());
        try (RedisSnapshotCache store = new RedisSnapshotCache(uri)) {
            assertThat(store.describe()).isEqualTo(uri.describe());
        }
    }

    @Test
    @DisplayName("a password alone (:PASSWORD@), IPv6 hosts, an upper-case scheme")
    void passwordOnlyAndIpv6() {
        RedisCacheUri uri = parse("REDIS://:s3cret@[::1]:6379");
        assertThat(uri.user()).isNull();
        assertThat(uri.password()).isEqualTo("s3cret");
        assertThat(uri.host()).isEqualTo("::1");
        assertThat(uri.describe()).isEqualTo("redis://[::1]:6379/0 (prefix schema-discovery:)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "500ms | PT0.5S", "90s | PT1M30S", "90 | PT1M30S", "30m | PT30M", "12h | PT12H", "7d | PT168H",
        "PT36H | PT36H"})
    @DisplayName("TTL forms")
    void durations(String text, String iso) {
        assertThat(RedisCacheUri.duration(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "redis:///0 | needs a host",
        "redis://u:s3cret@/0 | needs a host",
        "redis://h/x | the path of a Redis cache URI is the database index",
        "redis://h/1/2 | the path of a Redis cache URI is the database index",
        "redis://h:0 | port out of range",
        "redis://h:70000 | port out of range",
        "redis://h?ttl=soon | ttl=soon: invalid duration 'soon'",
        "redis://h?ttl=0s | ttl=0s: the duration must be positive",
        "redis://h?ttl=-PT1H | ttl=-PT1H: the duration must be positive",
        "redis://h?ttl=PT0.0001S | ttl=PT0.0001S must be at least 1 ms",
        "redis://h?ttl=PT9999999999999H | ttl=PT9999999999999H: duration too long",
        "redis://h?ttl | ttl needs a value",
        "redis://h?prefix= | prefix= must not be empty",
        "redis://h?timeout=5s | unknown Redis cache URI parameter 'timeout' (known: ttl, prefix)",
        "redis://h?ttl=1d&ttl=2d | ttl is given twice",
        "redis://s3cret@h | the user information of a Redis cache URI is [USER]:PASSWORD",
        "redis://h#frag | has no #fragment",
        "http://h | not a redis:// or rediss:// URI"})
    @DisplayName("bad URIs: an IllegalArgumentException saying what is wrong, never the password")
    void badUris(String uri, String message) {
        assertThatThrownBy(() -> parse(uri)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message).message().doesNotContain("s3cret");
    }

    @Test
    @DisplayName("through SnapshotCaches.open: the provider's errors, and a malformed URI without quoting it")
    void throughSnapshotCaches() {
        ClassLoader loader = getClass().getClassLoader();
        assertThatThrownBy(() -> SnapshotCaches.open("redis://u:s3cret@h/x", loader))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database index")
                .message().doesNotContain("s3cret");
        assertThatThrownBy(() -> SnapshotCaches.open("redis://u:s3 cret@h", loader))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a valid cache URI: ")
                .message().doesNotContain("s3");
        try (SnapshotCache store = SnapshotCaches.open("rediss://u:s3cret@h:1", loader)) {
            assertThat(store.describe()).isEqualTo("rediss://h:1/0 (prefix schema-discovery:)");
        }
    }
}
