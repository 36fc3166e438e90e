package org.schemadiscovery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution, run in new processes: the plugins folder as a drop-in (a copy of the layout without the
 * SQLite plugin, then with it), a broken jar, the README's command on the example database, no JVM warnings on
 * JDK 25, the bad inputs through the launcher, and the same jars on the class path.
 */
class DistributionIT {
    static Path layout;
    static Path projectRoot;
    static Path javaHome;
    static Path jdk25;
    static String exampleUrl;

    @BeforeAll
    static void locate() {
        layout = Path.of(System.getProperty("layout.dir", "target/schema-discovery")).toAbsolutePath();
        projectRoot = layout.getParent().getParent().getParent();
        javaHome = Path.of(System.getProperty("java.home.for.fork", System.getProperty("java.home")));
        jdk25 = Jdk25.find().orElse(Path.of("/nonexistent-jdk-25"));
        exampleUrl = "jdbc:sqlite:" + layout.resolve("example/example.db");
        assertThat(layout.resolve("bin/schema-discovery")).isExecutable();
        assertThat(layout.resolve("example/example.db")).isRegularFile();
    }

    @Nested
    @DisplayName("plugins/ is a drop-in folder")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class DropIn {
        static Path copy;
        static Path held;

        @BeforeAll
        static void layoutWithoutSqlite() throws IOException {
            Path it = layout.getParent().resolve("it");
            deleteTree(it);
            copy = it.resolve("schema-discovery");
            copyTree(layout, copy);
            held = Files.createDirectories(it.resolve("held"));
            for (Path jar : jars(copy.resolve("plugins"))) {
                String name = jar.getFileName().toString();
                if (name.startsWith("dialect-sqlite-") || name.startsWith("sqlite-jdbc-")) {
                    Files.move(jar, held.resolve(name));
                }
            }
            assertThat(jars(held)).hasSize(2);
        }

        @Test
        @Order(1)
        @DisplayName("without the SQLite plugin: not listed, and a SQLite URL has no driver (exit 2)")
        void withoutSqlite() throws Exception {
            Launcher.Result dialects = Launcher.script(copy, javaHome, copy, "dialects");
            assertThat(dialects.exitCode()).isEqualTo(0);
            assertThat(dialects.err()).isEmpty();
            assertThat(dialects.out()).doesNotContainIgnoringCase("sqlite")
                    .containsPattern("(?m)^  org\\.postgresql\\.Driver +module org\\.postgresql\\.jdbc$");
            Launcher.Result discover = Launcher.script(copy, javaHome, copy, "discover", exampleUrl);
            assertThat(discover.exitCode()).isEqualTo(2);
            assertThat(discover.err()).isEqualTo("error: No JDBC driver accepts " + exampleUrl + "\n");
        }

        @Test
        @Order(2)
        @DisplayName("with the SQLite plugin copied in: listed with its driver, and used to discover")
        void withSqlite() throws Exception {
            for (Path jar : jars(held)) {
                Files.copy(jar, copy.resolve("plugins").resolve(jar.getFileName()));
            }
            Launcher.Result dialects = Launcher.script(copy, javaHome, copy, "dialects");
            assertThat(dialects.exitCode()).isEqualTo(0);
            assertThat(dialects.err()).isEmpty();
            assertThat(dialects.out())
                    .containsPattern("(?m)^sqlite +yes +module org\\.schemadiscovery\\.dialect\\.sqlite$")
                    .containsPattern("(?m)^  org\\.sqlite\\.JDBC +module org\\.xerial\\.sqlitejdbc$");
            Launcher.Result discover = Launcher.script(copy, javaHome, copy, "discover", exampleUrl);
            assertThat(discover.exitCode()).isEqualTo(0);
            assertThat(discover.err()).isEmpty();
            assertThat(discover.out()).contains("\nDialect   sqlite\n")
                    .contains("\nContents  6 tables, 1 view, 5 foreign keys, 9 indexes\n");
        }

        @Test
        @Order(3)
        @DisplayName("a broken jar is skipped with a one-line warning; the others still load")
        void brokenJar() throws Exception {
            Files.writeString(copy.resolve("plugins/broken.jar"), "not a jar");
            Launcher.Result dialects = Launcher.script(copy, javaHome, copy, "dialects");
            assertThat(dialects.exitCode()).isEqualTo(0);
            assertThat(dialects.err()).startsWith("warning: skipped plugin plugins/broken.jar: ").hasLineCount(1);
            assertThat(dialects.out()).containsPattern("(?m)^sqlite +yes +module org\\.schemadiscovery\\.dialect\\.sqlite$");
        }
    }

    @Nested
    @DisplayName("the README's commands on the example database")
    class Readme {
        @Test
        @DisplayName("text, then JSON, then mermaid, from the repository root, exit 0 and nothing on stderr")
        void example() throws Exception {
            String url = "jdbc:sqlite:distribution/target/schema-discovery/example/example.db";
            Path script = projectRoot.relativize(layout).resolve("bin/schema-discovery");
            assertThat(script.toString()).isEqualTo("distribution/target/schema-discovery/bin/schema-discovery");
            Launcher.Result text = Launcher.script(layout, javaHome, projectRoot, "discover", url);
            assertThat(text.exitCode()).isEqualTo(0);
            assertThat(text.err()).isEmpty();
            assertThat(text.out()).startsWith("Database  example.db\n").contains("\nTABLE order_items\n");
            Launcher.Result json = Launcher.script(layout, javaHome, projectRoot, "discover", url, "--format", "json");
            assertThat(json.exitCode()).isEqualTo(0);
            assertThat(new org.schemadiscovery.core.json.JsonCodec().read(json.out()).tables()).hasSize(6);
            Launcher.Result mermaid = Launcher.script(layout, javaHome, projectRoot, "discover", url, "-f", "mermaid");
            assertThat(mermaid.exitCode()).isEqualTo(0);
            assertThat(mermaid.out()).startsWith("erDiagram\n").contains("    customers ||..o{ orders : \"customer_id\"\n");
        }

        @Test
        @DisplayName("JDK 25: no JVM warnings (native access granted to sqlite-jdbc in the plugin layer)")
        void noWarningsOnJdk25() throws Exception {
            assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), Jdk25.NOT_FOUND);
            Launcher.Result r = Launcher.script(layout, jdk25, projectRoot, "discover", exampleUrl, "-f", "mermaid");
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith("erDiagram\n");
        }
    }

    @Nested
    @DisplayName("class-data sharing: the archive the build made, used only with the runtime that made it")
    class ClassDataSharing {
        private static final String SHARED = "org.schemadiscovery.cli.Main source: shared objects file (top)";

        @Test
        @DisplayName("the build's runtime loads the CLI's classes from the archive; SCHEMA_DISCOVERY_NO_CDS turns it off")
        void usedWithItsRuntime() throws Exception {
            assertThat(Files.readAllLines(layout.resolve("lib/cds/key.txt"))).startsWith(
                    javaHome.resolve("bin/java").toRealPath().toString(), layout.toRealPath().toString());
            Launcher.Result on = Launcher.script(layout, javaHome, projectRoot,
                    Map.of("JAVA_OPTS", "-Xlog:class+load=info"), "discover", exampleUrl, "-f", "mermaid");
            assertThat(on.exitCode()).isEqualTo(0);
            assertThat(on.err()).isEmpty();
            assertThat(on.out()).contains(SHARED).contains("erDiagram\n");
            Launcher.Result off = Launcher.script(layout, javaHome, projectRoot,
                    Map.of("JAVA_OPTS", "-Xlog:class+load=info", "SCHEMA_DISCOVERY_NO_CDS", "1"),
                    "discover", exampleUrl, "-f", "mermaid");
            assertThat(off.exitCode()).isEqualTo(0);
            assertThat(off.out()).doesNotContain(SHARED).contains("erDiagram\n");
        }

        @Test
        @DisplayName("a copied installation runs without the archive (it belongs to the folder it was made in)")
        void copiedInstallation(@TempDir Path tmp) throws Exception {
            Path copy = tmp.resolve("schema-discovery");
            copyTree(layout, copy);
            for (Path java : List.of(javaHome, jdk25)) {
                if (!Files.isExecutable(java.resolve("bin/java"))) {
                    continue;
                }
                Launcher.Result r = Launcher.script(copy, java, copy, Map.of("JAVA_OPTS", "-Xlog:class+load=info"),
                        "discover", "jdbc:sqlite:" + copy.resolve("example/example.db"), "-f", "mermaid");
                assertThat(r.exitCode()).as("exit code with " + java).isEqualTo(0);
                assertThat(r.err()).isEmpty();
                assertThat(r.out()).doesNotContain(SHARED).contains("erDiagram\n");
            }
        }

        @Test
        @DisplayName("an archive the JVM cannot use is skipped quietly: same output, nothing on stderr")
        void unusableArchive(@TempDir Path tmp) throws Exception {
            Path copy = tmp.resolve("schema-discovery");
            copyTree(layout, copy);
            String example = "jdbc:sqlite:" + copy.resolve("example/example.db");
            // an archive (and key) of the copy's own, then damaged: the launcher takes it, the JVM cannot use it
            Launcher.Result dump = Launcher.script(copy, javaHome, copy, Map.of("SCHEMA_DISCOVERY_CDS_DUMP", "1"),
                    "discover", example, "-f", "mermaid");
            assertThat(dump.exitCode()).isEqualTo(0);
            Path archive = copy.resolve("lib/cds/schema-discovery.jsa");
            assertThat(archive).isRegularFile();
            assertThat(Launcher.script(copy, javaHome, copy, Map.of("JAVA_OPTS", "-Xlog:class+load=info"),
                    "discover", example, "-f", "mermaid").out()).contains(SHARED);
            archive.toFile().setWritable(true);
            Files.writeString(archive, "not an archive");
            Launcher.Result r = Launcher.script(copy, javaHome, copy, "discover", example, "-f", "mermaid");
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).startsWith("erDiagram\n");
        }
    }

    @Nested
    @DisplayName("bad input through the launcher: exit code and exactly one line")
    class BadInput {
        void check(int code, String line, String... args) throws Exception {
            Launcher.Result r = Launcher.script(layout, jdk25Or17(), projectRoot, args);
            assertThat(r.exitCode()).as("exit code of %s", List.of(args)).isEqualTo(code);
            assertThat(r.err()).isEqualTo(line + "\n");
            assertThat(r.out()).isEmpty();
        }

        @Test
        @DisplayName("unknown subcommand: 1")
        void unknownCommand() throws Exception {
            check(1, "error: unknown command 'xyzzy' (see 'schema-discovery --help')", "xyzzy");
        }

        @Test
        @DisplayName("malformed URL: 1")
        void malformedUrl() throws Exception {
            check(1, "error: malformed JDBC URL 'sqlite:x.db': expected jdbc:<driver>:<database>, e.g. "
                    + "jdbc:sqlite:app.db, a snapshot file or a .sql file", "discover", "sqlite:x.db");
        }

        @Test
        @DisplayName("no driver for the URL: 2")
        void noDriver() throws Exception {
            check(2, "error: No JDBC driver accepts jdbc:nosuch://localhost/x", "discover",
                    "jdbc:nosuch://localhost/x");
        }

        @Test
        @DisplayName("missing SQLite file: 2, never created")
        void missingFile() throws Exception {
            Path missing = layout.getParent().resolve("no-such-dir-" + ProcessHandle.current().pid() + ".db");
            check(2, "error: cannot connect to jdbc:sqlite:" + missing + ": [SQLITE_CANTOPEN] Unable to open the "
                    + "database file (unable to open database file)", "discover", "jdbc:sqlite:" + missing);
            assertThat(missing).doesNotExist();
        }

        @Test
        @DisplayName("wrong password for MariaDB: 2, one line, the password never printed")
        void wrongPassword() throws Exception {
            String secret = "not-the-password-" + ProcessHandle.current().pid();
            Launcher.Result r = Launcher.script(layout, jdk25Or17(), projectRoot,
                    java.util.Map.of("SD_IT_PASSWORD", secret), "discover",
                    "jdbc:mariadb://127.0.0.1:3306/mysql", "--user", "root", "--password-env", "SD_IT_PASSWORD");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).matches("error: cannot connect to jdbc:mariadb://127\\.0\\.0\\.1:3306/mysql: "
                    + "\\(conn=\\d+\\) Access denied for user 'root'@'[^']+' \\(using password: YES\\)\\n");
            assertThat(r.err()).doesNotContain(secret);
        }

        @Test
        @DisplayName("standard output on a full disk (> /dev/full): an error line and the exit code of a failed -o")
        void fullDisk() throws Exception {
            java.io.File full = new java.io.File("/dev/full");
            assumeTrue(full.exists(), "no /dev/full on this system");
            Launcher.Result toFile = Launcher.script(layout, jdk25Or17(), projectRoot, "discover", exampleUrl,
                    "-o", "/dev/full");
            assertThat(toFile.exitCode()).isNotZero();
            for (String[] args : List.of(new String[] {"discover", exampleUrl}, new String[] {"discover", exampleUrl,
                    "-f", "json"}, new String[] {"ddl", exampleUrl}, new String[] {"--help"})) {
                Launcher.Result r = Launcher.scriptTo(full, layout, jdk25Or17(), projectRoot, args);
                assertThat(r.exitCode()).as("exit code of %s", List.of(args)).isEqualTo(toFile.exitCode());
                assertThat(r.err()).as("stderr of %s", List.of(args))
                        .startsWith("error: cannot write to standard output: ").hasLineCount(1);
            }
        }

        @Test
        @DisplayName("unreachable port: 2")
        void unreachable() throws Exception {
            check(2, "error: cannot connect to jdbc:postgresql://127.0.0.1:1/x: Connection to 127.0.0.1:1 refused. "
                    + "Check that the hostname and port are correct and that the postmaster is accepting TCP/IP "
                    + "connections.", "discover", "jdbc:postgresql://127.0.0.1:1/x");
        }
    }

    @Nested
    @DisplayName("--cache redis:// from the layout: the store plugin and Jedis load from plugins/")
    class RedisCache {
        @Test
        @DisplayName("launcher (plugins in a module layer): miss, then hit; class path and child class loader: hit")
        void missThenHit() throws Exception {
            RedisKeys keys = new RedisKeys();
            try {
                Launcher.Result miss = Launcher.script(layout, javaHome, layout, "discover", exampleUrl, "--cache",
                        keys.uri(), "--metrics");
                assertThat(miss.exitCode()).as(miss.err()).isEqualTo(0);
                assertThat(miss.err()).contains("cache: miss (snapshot stored)").doesNotContain("warning");
                assertThat(keys.count()).isEqualTo(1);
                Launcher.Result hit = Launcher.script(layout, javaHome, layout, "discover", exampleUrl, "--cache",
                        keys.uri(), "--metrics");
                assertThat(hit.err()).contains("cache: hit (only the fingerprint statements ran)")
                        .doesNotContain("warning");
                assertThat(hit.out()).isEqualTo(miss.out()).contains("\nDialect   sqlite\n");
                for (String classPath : List.of("lib/*:plugins/*", "lib/*")) {
                    Launcher.Result cp = Launcher.java(javaHome, layout, List.of("--enable-native-access=ALL-UNNAMED",
                            "-cp", classPath, "org.schemadiscovery.cli.Main", "discover", exampleUrl, "--cache",
                            keys.uri(), "--metrics"));
                    assertThat(cp.exitCode()).as(classPath + ": " + cp.err()).isEqualTo(0);
                    assertThat(cp.err()).as(classPath).contains("cache: hit (only the fingerprint statements ran)");
                }
            } finally {
                keys.delete();
            }
        }
    }

    @Nested
    @DisplayName("the same jars on the class path")
    class ClassPath {
        @Test
        @DisplayName("java -cp 'lib/*:plugins/*' prints what the launcher prints")
        void sameOutput() throws Exception {
            Launcher.Result viaLauncher = Launcher.script(layout, javaHome, layout, "discover", exampleUrl);
            Launcher.Result viaClassPath = Launcher.java(javaHome, layout, List.of("--enable-native-access=ALL-UNNAMED",
                    "-cp", "lib/*:plugins/*", "org.schemadiscovery.cli.Main", "discover", exampleUrl));
            assertThat(viaClassPath.exitCode()).isEqualTo(0);
            assertThat(viaClassPath.err()).isEmpty();
            assertThat(viaClassPath.out()).isEqualTo(viaLauncher.out()).contains("\nDialect   sqlite\n");
        }

        @Test
        @DisplayName("java -cp 'lib/*' still finds plugins/ through a child class loader")
        void pluginsBesideClassPath() throws Exception {
            Launcher.Result r = Launcher.java(javaHome, layout, List.of("--enable-native-access=ALL-UNNAMED",
                    "-cp", "lib/*", "org.schemadiscovery.cli.Main", "dialects"));
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.out()).containsPattern("(?m)^sqlite +yes +class path")
                    .containsPattern("(?m)^  org\\.sqlite\\.JDBC +class path sqlite-jdbc-3\\.54\\.1\\.0\\.jar$");
        }
    }

    private static Path jdk25Or17() {
        return Files.isExecutable(jdk25.resolve("bin/java")) ? jdk25 : javaHome;
    }

    private static List<Path> jars(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
