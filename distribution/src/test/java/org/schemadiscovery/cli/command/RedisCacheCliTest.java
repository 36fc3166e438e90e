package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.cli.RedisKeys;
import org.schemadiscovery.cli.example.ExampleDatabase;

@DisplayName("--cache redis://: miss then hit with the same output; an unreachable Redis warns; bad URIs are usage errors")
class RedisCacheCliTest {
    @TempDir
    Path tmp;

    private final RedisKeys keys = new RedisKeys();
    private String url;

    @BeforeEach
    void example() throws Exception {
        Path db = tmp.resolve("example.db");
        ExampleDatabase.create(Path.of("src/main/dist/example/example.sql"), db);
        url = "jdbc:sqlite:" + db;
    }

    @AfterEach
    void deleteOwnKeys() throws Exception {
        keys.delete();
    }

    @Test
    @DisplayName("miss (snapshot stored), then hit after the fingerprint statements, the JSON as without a cache")
    void missThenHit() throws Exception {
        CliRunner.Result plain = CliRunner.run("discover", url, "--format", "json");
        CliRunner.Result miss = CliRunner.run("discover", url, "--format", "json", "--cache", keys.uri(), "--metrics");
        assertThat(keys.count()).isEqualTo(1);
        CliRunner.Result hit = CliRunner.run("discover", url, "--format", "json", "--cache", keys.uri(), "--metrics");
        CliRunner.Result hitPlain = CliRunner.run("discover", url, "--format", "json", "--cache", keys.uri());
        CliRunner.Result refresh = CliRunner.run("discover", url, "--cache", keys.uri(), "--refresh", "--metrics");
        assertThat(miss.exitCode()).as(miss.err()).isZero();
        assertThat(miss.err()).contains("cache: miss (snapshot stored)").doesNotContain("warning");
        assertThat(hit.exitCode()).as(hit.err()).isZero();
        assertThat(hit.err()).contains("cache: hit (only the fingerprint statements ran)")
                .containsPattern("metrics: 5 statements").doesNotContain("warning");
        assertThat(hitPlain.out()).isEqualTo(plain.out());
        assertThat(refresh.err()).contains("cache: refresh (snapshot rewritten)");
        assertThat(keys.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("a closed port: two warnings without the password, exit 0, the same output as without a cache")
    void unreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long t0 = System.nanoTime();
        CliRunner.Result plain = CliRunner.run("discover", url, "--format", "json");
        long plainMillis = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        CliRunner.Result r = CliRunner.run("discover", url, "--format", "json", "--cache",
                "redis://app:s3cret@127.0.0.1:" + port);
        long cachedMillis = (System.nanoTime() - t1) / 1_000_000;
        // only what the store added, and less than one 2 s connect timeout: a refused port waits for none
        assertThat(cachedMillis - plainMillis).as("ms added by the unreachable store (%d ms with it, %d without)",
                cachedMillis, plainMillis).isLessThan(2000);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(plain.out());
        assertThat(r.err()).contains("warning: cache entry not used, discovering instead: cannot read Redis at redis://127.0.0.1:" + port)
                .contains("warning: snapshot not stored in the cache: cannot write Redis at redis://127.0.0.1:" + port)
                .doesNotContain("s3cret");
    }

    @Test
    @DisplayName("--cache-password-env: the password reaches Redis from the environment, never the output")
    void passwordFromTheEnvironment() throws Exception {
        CliRunner.Result plain = CliRunner.run("discover", url, "--format", "json");
        // A user the local Redis does not know: its refusal shows that user and password were sent (and a user
        // without a password is no valid cache URI at all).
        String user = "nobody-" + keys.prefix().hashCode();
        CliRunner.Result r = CliRunner.run(Map.of("REDIS_PW", "s3 cret/+@"), "discover", url, "--format", "json",
                "--cache", keys.uri().replace("redis://", "redis://" + user + "@"), "--cache-password-env",
                "REDIS_PW");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(plain.out());
        assertThat(r.err()).contains("warning: cache entry not used, discovering instead: cannot read Redis at"
                + " redis://127.0.0.1:6379").doesNotContain("s3 cret").doesNotContain("s3%20cret");
        assertThat(keys.count()).isZero();
    }

    @Test
    @DisplayName("--cache-password-env misused: unset variable, a password in the URI too, no Redis URI: exit 1")
    void passwordFromTheEnvironmentMisused() {
        CliRunner.Result unset = CliRunner.run(Map.of(), "discover", url, "--cache", keys.uri(),
                "--cache-password-env", "REDIS_PW");
        assertThat(unset.exitCode()).isEqualTo(1);
        assertThat(unset.err()).isEqualTo("error: environment variable REDIS_PW is not set (--cache-password-env"
                + " REDIS_PW)\n");
        CliRunner.Result both = CliRunner.run(Map.of("REDIS_PW", "s3cret"), "discover", url, "--cache",
                "redis://app:inline@127.0.0.1", "--cache-password-env", "REDIS_PW");
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).contains("the --cache URI has a password already").doesNotContain("s3cret")
                .doesNotContain("inline");
        CliRunner.Result directory = CliRunner.run(Map.of("REDIS_PW", "s3cret"), "discover", url, "--cache",
                tmp.resolve("cache").toString(), "--cache-password-env", "REDIS_PW");
        assertThat(directory.exitCode()).isEqualTo(1);
        assertThat(directory.err()).contains("--cache-password-env needs a redis:// or rediss:// --cache URI");
        CliRunner.Result noCache = CliRunner.run(Map.of("REDIS_PW", "s3cret"), "discover", url,
                "--cache-password-env", "REDIS_PW");
        assertThat(noCache.exitCode()).isEqualTo(1);
        assertThat(noCache.err()).contains("--cache-password-env needs --cache redis://");
    }

    @Test
    @DisplayName("a malformed Redis URI: exit 1, what is wrong, the password masked")
    void badUri() {
        CliRunner.Result db = CliRunner.run("discover", url, "--cache", "redis://app:s3cret@127.0.0.1/x");
        assertThat(db.exitCode()).isEqualTo(1);
        assertThat(db.err()).isEqualTo("error: --cache redis://app:***@127.0.0.1/x: the path of a Redis cache URI is"
                + " the database index (/0, /1, ...): /x\n");
        CliRunner.Result param = CliRunner.run("discover", url, "--cache", "redis://127.0.0.1?ttl=soon");
        assertThat(param.exitCode()).isEqualTo(1);
        assertThat(param.err()).isEqualTo("error: --cache redis://127.0.0.1?ttl=soon: ttl=soon: invalid duration"
                + " 'soon' (try 90 (seconds), 500ms, 90s, 5m, 12h, 7d or ISO-8601 like PT2M)\n");
        // fits a Duration, not a long of milliseconds: once an ArithmeticException, exit 3
        String huge = "redis://127.0.0.1?ttl=PT9999999999999H";
        CliRunner.Result tooLong = CliRunner.run("discover", url, "--cache", huge);
        assertThat(tooLong.exitCode()).as(tooLong.err()).isEqualTo(1);
        assertThat(tooLong.err()).isEqualTo("error: --cache " + huge + ": ttl=PT9999999999999H: duration too long:"
                + " 'PT9999999999999H'\n");
    }
}
