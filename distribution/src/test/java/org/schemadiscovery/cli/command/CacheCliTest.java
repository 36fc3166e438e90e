package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.cli.example.ExampleDatabase;

@DisplayName("--cache DIR and --refresh: the same output, --metrics says hit, partial, miss or refresh")
class CacheCliTest {
    @TempDir
    Path tmp;

    @Test
    @DisplayName("miss, hit with the same JSON, refresh; a corrupt entry warns and misses")
    void directoryCache() throws Exception {
        Path db = tmp.resolve("example.db");
        ExampleDatabase.create(Path.of("src/main/dist/example/example.sql"), db);
        String url = "jdbc:sqlite:" + db;
        String cache = tmp.resolve("cache").toString();
        CliRunner.Result plain = CliRunner.run("discover", url, "--format", "json");
        CliRunner.Result miss = CliRunner.run("discover", url, "--format", "json", "--cache", cache, "--metrics");
        CliRunner.Result hit = CliRunner.run("discover", url, "--format", "json", "--cache", cache, "--metrics");
        CliRunner.Result hitPlain = CliRunner.run("discover", url, "--format", "json", "--cache", cache);
        CliRunner.Result refresh = CliRunner.run("discover", url, "--cache", cache, "--refresh", "--metrics");
        assertThat(miss.exitCode()).isZero();
        assertThat(miss.err()).contains("cache: miss (snapshot stored)");
        assertThat(hit.err()).contains("cache: hit (only the fingerprint statements ran)")
                .containsPattern("metrics: 5 statements");
        assertThat(hitPlain.out()).isEqualTo(plain.out());
        assertThat(refresh.err()).contains("cache: refresh (snapshot rewritten)");

        Path entry = entryFile(Path.of(cache));
        Files.writeString(entry, "{\"cacheFormat\":1}\n{trunc");
        CliRunner.Result corrupt = CliRunner.run("discover", url, "--format", "json", "--cache", cache, "--metrics");
        assertThat(corrupt.exitCode()).isZero();
        assertThat(corrupt.err()).contains("warning: cache entry not used").contains("cache: miss");
        assertThat(CliRunner.run("discover", url, "--format", "json", "--cache", cache).out()).isEqualTo(plain.out());
    }

    @Test
    @DisplayName("a data write moves the token: still a hit, the new token written beside the untouched entry")
    void hitAfterAWrite() throws Exception {
        Path db = tmp.resolve("example.db");
        ExampleDatabase.create(Path.of("src/main/dist/example/example.sql"), db);
        String url = "jdbc:sqlite:" + db;
        Path cache = tmp.resolve("cache");
        CliRunner.Result miss = CliRunner.run("discover", url, "--format", "json", "--cache", cache.toString());
        Path entry = entryFile(cache);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS scratch_rows (id INTEGER)");
        }
        // the DDL above is a change: one run stores it; then a data write only moves the token
        CliRunner.run("discover", url, "--cache", cache.toString());
        byte[] stored = Files.readAllBytes(entry);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO scratch_rows VALUES (1)");
        }
        CliRunner.Result hit = CliRunner.run("discover", url, "--format", "json", "--cache", cache.toString(),
                "--metrics");
        assertThat(miss.exitCode()).isZero();
        assertThat(hit.err()).contains("cache: hit (only the fingerprint statements ran)");
        assertThat(Files.readAllBytes(entry)).isEqualTo(stored);
        assertThat(entry.resolveSibling(entry.getFileName().toString().replace(".sdcache", ".token"))).exists();
    }

    @Test
    @DisplayName("one table altered: --metrics says partial (1 table reread), the output is a full discovery's")
    void partialReread() throws Exception {
        Path db = tmp.resolve("example.db");
        ExampleDatabase.create(Path.of("src/main/dist/example/example.sql"), db);
        String url = "jdbc:sqlite:" + db;
        String cache = tmp.resolve("cache").toString();
        assertThat(CliRunner.run("discover", url, "--cache", cache, "--metrics").err())
                .contains("cache: miss (snapshot stored)");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE product_tags ADD COLUMN note TEXT");
        }
        CliRunner.Result partial = CliRunner.run("discover", url, "--format", "json", "--cache", cache, "--metrics");
        assertThat(partial.exitCode()).isZero();
        assertThat(partial.err()).contains("cache: partial (1 table reread)");
        assertThat(CliRunner.run("discover", url, "--format", "json", "--cache", cache).out())
                .isEqualTo(CliRunner.run("discover", url, "--format", "json").out()).contains("\"note\"");
    }

    @Test
    @DisplayName("a JSON hit is copied from the stored bytes, not encoded again; the stored warnings are reported")
    void hitCopiesTheStoredJson() throws Exception {
        Path db = tmp.resolve("example.db");
        ExampleDatabase.create(Path.of("src/main/dist/example/example.sql"), db);
        String url = "jdbc:sqlite:" + db;
        Path cache = tmp.resolve("cache");
        assertThat(CliRunner.run("discover", url, "--cache", cache.toString()).exitCode()).isZero();
        Path entry = entryFile(cache);
        String stored = Files.readString(entry);
        String header = stored.substring(0, stored.indexOf('\n'));
        String body = stored.substring(stored.indexOf('\n') + 1);
        // the first table's name written before its schema (any order reads back; only a copy keeps this one), and
        // a warning the discovery did not have
        String ref = body.substring(body.indexOf("\"tables\":[{\"ref\":{"));
        ref = ref.substring(0, ref.indexOf('}') + 1);
        String table = ref.replaceFirst(".*\"name\":(\"[^\"]*\").*", "$1");
        String swapped = "\"tables\":[{\"ref\":{\"name\":" + table + ",\"catalog\":null,\"schema\":\"main\"}";
        assertThat(ref).isEqualTo("\"tables\":[{\"ref\":{\"catalog\":null,\"schema\":\"main\",\"name\":" + table + "}");
        String edited = body.replace(ref, swapped).replace("\"warnings\":[]", "\"warnings\":[{\"object\":\"main.x\","
                + "\"phase\":\"indexes\",\"errorClass\":\"PERMISSION\",\"message\":\"denied\"}]");
        assertThat(edited).contains(swapped, "denied");
        byte[] bytes = edited.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        Files.writeString(entry, header.replaceFirst("\"snapshotBytes\":[0-9]+", "\"snapshotBytes\":" + bytes.length)
                .replaceFirst("\"snapshotCrc32c\":[0-9]+", "\"snapshotCrc32c\":" + crc.getValue()) + "\n" + edited);

        CliRunner.Result hit = CliRunner.run("discover", url, "--format", "json", "--cache", cache.toString(),
                "--metrics");

        assertThat(hit.exitCode()).as(hit.err()).isZero();
        assertThat(hit.err()).contains("warning: indexes main.x: denied", "cache: hit");
        assertThat(hit.out().replaceAll("\\s+", "")).contains(swapped, "\"message\":\"denied\"");
        org.schemadiscovery.core.json.JsonCodec codec = new org.schemadiscovery.core.json.JsonCodec();
        assertThat(codec.read(hit.out()).warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).isEqualTo("denied"));
        // a format that builds the model reads the same stored entry into the same warning
        assertThat(CliRunner.run("discover", url, "--cache", cache.toString()).err())
                .contains("warning: indexes main.x: denied");
    }

    @Test
    @DisplayName("--refresh without --cache, or a URI no plugin serves: usage errors, 1")
    void usage() throws Exception {
        Path db = tmp.resolve("example.db");
        ExampleDatabase.create(Path.of("src/main/dist/example/example.sql"), db);
        CliRunner.Result refresh = CliRunner.run("discover", "jdbc:sqlite:" + db, "--refresh");
        assertThat(refresh.exitCode()).isEqualTo(1);
        assertThat(refresh.err()).isEqualTo("error: --refresh needs --cache SPEC\n");
        CliRunner.Result scheme = CliRunner.run("discover", "jdbc:sqlite:" + db, "--cache", "memcached://x:1");
        assertThat(scheme.exitCode()).isEqualTo(1);
        assertThat(scheme.err()).startsWith("error: --cache memcached://x:1: no cache store for memcached://");
    }

    /** The one entry file a run stored in the cache directory. */
    private static Path entryFile(Path cache) throws java.io.IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".sdcache")).findFirst().orElseThrow();
        }
    }
}
