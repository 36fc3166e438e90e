package org.schemadiscovery.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.cli.RedisKeys;

/**
 * An embedding program with the packaged cache-redis jar and Jedis's jars: on the module path (the store found through
 * the boot layer, Jedis an automatic module, only {@code --add-modules org.schemadiscovery.cache.redis} named) and on
 * the class path, each with a miss then a hit in the local Redis.
 */
@DisplayName("cache-redis embedded: module path and class path, miss then hit")
class RedisCacheEmbeddingIT {
    private static final String PROGRAM = """
            import org.schemadiscovery.core.SchemaDiscovery;
            import org.schemadiscovery.core.cache.SnapshotCache;
            import org.schemadiscovery.core.cache.SnapshotCaches;

            public class RedisEmbed {
                public static void main(String[] args) {
                    try (SnapshotCache cache = SnapshotCaches.open(args[1], RedisEmbed.class.getClassLoader())) {
                        Module m = cache.getClass().getModule();
                        System.out.println("store " + cache.getClass().getSimpleName() + " in "
                                + (m.isNamed() ? "module " + m.getName() : "class path"));
                        SchemaDiscovery sd = SchemaDiscovery.builder().cache(cache).build();
                        for (int i = 0; i < 2; i++) {
                            var d = sd.discoverCached(args[0], new java.util.Properties());
                            System.out.println(d.outcome() + " " + d.schema().tables().size() + " tables "
                                    + d.warnings());
                        }
                    }
                }
            }
            """;

    @TempDir
    Path work;
    private final RedisKeys keys = new RedisKeys();

    @AfterEach
    void deleteOwnKeys() throws Exception {
        keys.delete();
    }

    private static List<Path> libraries() {
        return List.of(ProjectArtifacts.moduleJar("discovery-api"), ProjectArtifacts.moduleJar("discovery-core"),
                ProjectArtifacts.moduleJar("dialect-sqlite"), ProjectArtifacts.jar("sqlite-jdbc"),
                ProjectArtifacts.jar("slf4j-api"), ProjectArtifacts.jar("jackson-databind"),
                ProjectArtifacts.jar("jackson-core"), ProjectArtifacts.jar("jackson-annotations"),
                ProjectArtifacts.jar("caffeine"), ProjectArtifacts.moduleJar("cache-redis"), ProjectArtifacts.jar("jedis"),
                ProjectArtifacts.jar("commons-pool2"), ProjectArtifacts.jar("gson"), ProjectArtifacts.jar("json"),
                ProjectArtifacts.jar("redis-authx-core"));
    }

    private Path classes;
    private String url;

    @BeforeEach
    void compileProgramAndCreateDatabase() throws Exception {
        Path src = Files.createDirectories(work.resolve("src"));
        Files.writeString(src.resolve("RedisEmbed.java"), PROGRAM);
        classes = Files.createDirectories(work.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-cp", ForkedJava.path(List.of(ProjectArtifacts.moduleJar("discovery-api"),
                        ProjectArtifacts.moduleJar("discovery-core"))),
                "-d", classes.toString(), src.resolve("RedisEmbed.java").toString());
        assertThat(rc).as("javac exit code").isZero();
        url = "jdbc:sqlite:" + work.resolve("shop.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        }
    }

    @Test
    @DisplayName("module path: the provider in module org.schemadiscovery.cache.redis; MISS, then HIT")
    void modulePath() throws Exception {
        ForkedJava.Result r = ForkedJava.run(List.of(
                "--module-path", ForkedJava.path(libraries()),
                "--add-modules", "org.schemadiscovery.core,org.schemadiscovery.dialect.sqlite,"
                        + "org.schemadiscovery.cache.redis",
                "--enable-native-access=org.xerial.sqlitejdbc",
                "-cp", classes.toString(), "RedisEmbed", url, keys.uri()));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("store RedisSnapshotCache in module org.schemadiscovery.cache.redis\n"
                + "MISS 1 tables []\nHIT 1 tables []\n");
        assertThat(keys.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("class path: the provider through META-INF/services; MISS, then HIT")
    void classPath() throws Exception {
        List<Path> cp = new ArrayList<>(libraries());
        cp.add(classes);
        ForkedJava.Result r = ForkedJava.run(List.of("-cp", ForkedJava.path(cp), "RedisEmbed", url, keys.uri()));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEqualTo("store RedisSnapshotCache in class path\nMISS 1 tables []\nHIT 1 tables []\n");
    }
}
