package org.schemadiscovery.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.json.JsonCodec;
import org.schemadiscovery.core.json.RichSchema;
import org.schemadiscovery.core.testing.Sqlite;
import org.slf4j.LoggerFactory;

/**
 * Runs core on the real module path in a forked JVM (Surefire patches tests into the class path, see "Known traps"
 * in docs/architecture.md): a provider found through the boot layer, one through the class path, one plus the SQLite JDBC driver
 * through a child layer given to {@code serviceLayer}, and the JSON codec without the API opening its packages.
 */
class ModulePathForkTest {
    @TempDir
    Path dir;

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> plugin(String pkg, String id, boolean module) {
        String strategy = "package " + pkg + ";\n"
                + "import org.schemadiscovery.api.model.*; import org.schemadiscovery.api.spi.*;\n"
                + "public final class Strategy implements DiscoveryStrategy {\n"
                + "  public String dialect() { return \"" + id + "\"; }\n"
                + "  public int apiVersion() { return ApiVersion.CURRENT; }\n"
                + "  public int score(DatabaseIdentity i) { return 0; }\n"
                + "  public DatabaseCapabilities capabilities(DatabaseIdentity i) { return DatabaseCapabilities.none(); }\n"
                + "  public DiscoverySession open(DiscoveryContext c) throws java.sql.SQLException {"
                + " throw new java.sql.SQLException(\"unused\"); }\n"
                + "  public ErrorClass classify(java.sql.SQLException e) { return ErrorClass.OTHER; }\n}\n";
        String indexes = "package " + pkg + ";\n"
                + "import org.schemadiscovery.api.model.*; import org.schemadiscovery.api.spi.*;\n"
                + "public final class Indexes implements IndexDiscovery {\n"
                + "  public String dialect() { return \"" + id + "\"; }\n"
                + "  public Discovered<IndexInfo> indexes(DiscoverySession s, DiscoveryScope sc) {"
                + " return Discovered.empty(); }\n}\n";
        String constraints = "package " + pkg + ";\n"
                + "import org.schemadiscovery.api.model.*; import org.schemadiscovery.api.spi.*;\n"
                + "public final class Constraints implements ConstraintDiscovery {\n"
                + "  public String dialect() { return \"" + id + "\"; }\n"
                + "  public Discovered<ConstraintInfo> constraints(DiscoverySession s, DiscoveryScope sc) {"
                + " return Discovered.empty(); }\n}\n";
        String path = pkg.replace('.', '/') + "/";
        Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put(path + "Strategy.java", strategy);
        files.put(path + "Indexes.java", indexes);
        files.put(path + "Constraints.java", constraints);
        if (module) {
            files.put("module-info.java", "module " + pkg + " {\n  requires org.schemadiscovery.api;\n"
                    + "  provides org.schemadiscovery.api.spi.DiscoveryStrategy with " + pkg + ".Strategy;\n"
                    + "  provides org.schemadiscovery.api.spi.IndexDiscovery with " + pkg + ".Indexes;\n"
                    + "  provides org.schemadiscovery.api.spi.ConstraintDiscovery with " + pkg + ".Constraints;\n}\n");
        } else {
            files.put("META-INF/services/org.schemadiscovery.api.spi.DiscoveryStrategy", pkg + ".Strategy\n");
            files.put("META-INF/services/org.schemadiscovery.api.spi.IndexDiscovery", pkg + ".Indexes\n");
            files.put("META-INF/services/org.schemadiscovery.api.spi.ConstraintDiscovery", pkg + ".Constraints\n");
        }
        return files;
    }

    private static final String MAIN = """
            package sdtest.app;
            import java.lang.module.*;
            import java.nio.file.*;
            import java.util.Set;
            import org.schemadiscovery.api.model.SchemaInfo;
            import org.schemadiscovery.core.SchemaDiscovery;
            import org.schemadiscovery.core.json.JsonCodec;
            public final class Main {
              public static void main(String[] a) throws Exception {
                SchemaDiscovery sd = SchemaDiscovery.builder().build();
                sd.registry().dialects().forEach(d -> System.out.println("boot " + d.id() + " | " + d.origin()));
                sd.registry().problems().forEach(p -> System.out.println("problem " + p));
                Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(
                    ModuleFinder.of(Path.of(a[1])), ModuleFinder.of(), Set.of("sdtest.layered", "org.xerial.sqlitejdbc"));
                ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
                SchemaDiscovery layered = SchemaDiscovery.builder().serviceLayer(layer).build();
                layered.registry().dialects().forEach(d -> System.out.println("layer " + d.id() + " | " + d.origin()));
                System.out.println("driver " + layered.driverFor("jdbc:sqlite:" + a[2]).getClass().getModule().getName());
                SchemaInfo s = layered.discover("jdbc:sqlite:" + a[2]);
                System.out.println("discovered " + s.identity().dialect() + " "
                    + s.tables().stream().map(t -> t.ref().displayName()).toList());
                JsonCodec codec = new JsonCodec();
                String json = Files.readString(Path.of(a[0]));
                System.out.println("json " + (codec.write(codec.read(json)).equals(json) ? "same" : "different"));
                System.out.println("json-discovered " + codec.read(codec.write(s)).equals(s));
              }
            }
            """;

    private Path write(String name, Map<String, String> files) throws IOException {
        Path root = Files.createDirectories(dir.resolve("src").resolve(name));
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path f = root.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
        }
        return root;
    }

    private Path compile(String name, Path src, List<String> options) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out").resolve(name));
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("-d", out.toString(), "--release", "17"));
        try (Stream<Path> files = Files.walk(src)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
        int rc = javac.run(System.out, System.err, args.toArray(String[]::new));
        assertThat(rc).as("javac " + name).isZero();
        Path services = src.resolve("META-INF");
        if (Files.isDirectory(services)) {
            try (Stream<Path> files = Files.walk(services)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Path target = out.resolve(src.relativize(p));
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        return out;
    }

    @Test
    @DisplayName("forked java --module-path: providers via boot layer, class path and child layer; drivers via the"
            + " layer; JSON codec without opens")
    void modulePath() throws Exception {
        Path api = location(SchemaInfo.class);
        Path core = location(SchemaDiscovery.class);
        List<Path> libs = List.of(location(ObjectMapper.class), location(JsonFactory.class),
                location(JsonTypeInfo.class), location(LoggerFactory.class),
                location(com.github.benmanes.caffeine.cache.Caffeine.class));
        Path sqliteJar = location(org.sqlite.JDBC.class);
        String coreModulePath = Stream.concat(Stream.of(core, api), libs.stream()).map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));

        Path plugin = compile("plugin", write("plugin", plugin("sdtest.plugin", "modfake", true)),
                List.of("--module-path", api.toString()));
        Path layeredDir = Files.createDirectories(dir.resolve("layer"));
        Path layered = compile("layered", write("layered", plugin("sdtest.layered", "layered", true)),
                List.of("--module-path", api.toString()));
        // the child layer holds the exploded plugin module and the SQLite driver
        copyTree(layered, layeredDir.resolve("sdtest.layered"));
        Files.copy(sqliteJar, layeredDir.resolve(sqliteJar.getFileName()));
        Path cpPlugin = compile("cp", write("cp", plugin("sdtest.cp", "cpfake", false)),
                List.of("--class-path", api.toString()));
        Path app = compile("app", write("app", Map.of("module-info.java",
                        "module sdtest.app { requires org.schemadiscovery.core; }\n", "sdtest/app/Main.java", MAIN)),
                List.of("--module-path", coreModulePath));

        Path json = dir.resolve("rich.json");
        Files.writeString(json, new JsonCodec().write(RichSchema.build()));
        String db = Sqlite.create(dir, "CREATE TABLE t1(id INTEGER PRIMARY KEY)").substring("jdbc:sqlite:".length());

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "--module-path",
                coreModulePath + File.pathSeparator + plugin + File.pathSeparator + app,
                // sqlite-jdbc requires java.sql.rowset, which the boot layer lacks unless asked for
                "--add-modules", "java.sql.rowset",
                "--class-path", cpPlugin.toString(), "-m", "sdtest.app/sdtest.app.Main",
                json.toString(), layeredDir.toString(), db);
        // stdout only: JVM warnings (JDK 22+ restricted-method notices for sqlite-jdbc in a layer) go to stderr
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        List<String> lines = output.lines().filter(l -> !l.startsWith("SLF4J")).toList();
        assertThat(lines).as(output).containsExactly(
                "boot cpfake | class path " + cpPlugin.toUri().toURL(),
                "boot generic | built-in",
                "boot modfake | module sdtest.plugin",
                "layer cpfake | class path " + cpPlugin.toUri().toURL(),
                "layer generic | built-in",
                "layer layered | module sdtest.layered",
                "layer modfake | module sdtest.plugin",
                "driver org.xerial.sqlitejdbc",
                "discovered generic [main.t1]",
                "json same",
                "json-discovered true");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
