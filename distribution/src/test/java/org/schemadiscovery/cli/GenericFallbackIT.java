package org.schemadiscovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugins folder with the SQLite driver but not the SQLite plugin: the generic fallback says so, once. */
class GenericFallbackIT {
    @Test
    @DisplayName("sqlite-jdbc without dialect-sqlite: exit 0, one warning naming the generic dialect and the plugin")
    void saysSoOnce(@TempDir Path plugins) throws Exception {
        Path layout = Path.of(System.getProperty("layout.dir", "target/schema-discovery")).toAbsolutePath();
        Path javaHome = Path.of(System.getProperty("java.home.for.fork", System.getProperty("java.home")));
        for (Path jar : jars(layout.resolve("plugins"))) {
            if (jar.getFileName().toString().startsWith("sqlite-jdbc-")) {
                Files.copy(jar, plugins.resolve(jar.getFileName()));
            }
        }
        assertThat(jars(plugins)).hasSize(1);
        String url = "jdbc:sqlite:" + layout.resolve("example/example.db");
        Launcher.Result r = Launcher.script(layout, javaHome, layout,
                Map.of("SCHEMA_DISCOVERY_PLUGINS", plugins.toString()), "discover", url);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\nDialect   generic\n");
        assertThat(r.err()).isEqualTo("warning: no dialect plugin recognised SQLite, so the generic JDBC dialect was "
                + "used, which reads less (no CHECK constraints, sequences or routines); the sqlite plugin would read "
                + "more: add the dialect-sqlite jar to the plugins folder\n");
        Launcher.Result forced = Launcher.script(layout, javaHome, layout,
                Map.of("SCHEMA_DISCOVERY_PLUGINS", plugins.toString()), "discover", url, "--dialect", "generic");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.err()).as("asked for generic: nothing to warn about").isEmpty();
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
