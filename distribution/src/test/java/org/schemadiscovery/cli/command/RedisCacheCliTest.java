package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
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
        CliRunner.Result plain = CliRunner.run("discover", url, "--format", "json");
        long start = System.nanoTime();
        CliRunner.Result r = CliRunner.run("discover", url, "--format", "json", "--cache",
                "redis://app:s3cret@127.0.0.1:" + port);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5000);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(plain.out());
        assertThat(r.err()).contains("warning: cache entry not used, discovering instead: cannot read Redis at redis://127.0.0.1:" + port)
                .contains("warning: snapshot not stored in the cache: cannot write Redis at redis://127.0.0.1:" + port)
                .doesNotContain("s3cret");
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
        assertThat(param.err()).isEqualTo("error: --cache redis://127.0.0.1?ttl=soon: ttl=soon is not a duration"
                + " (e.g. 90s, 30m, 12h, 7d, PT36H)\n");
    }
}
