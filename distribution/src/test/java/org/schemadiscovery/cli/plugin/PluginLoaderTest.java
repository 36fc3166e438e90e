package org.schemadiscovery.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugins folder loader: good jars load into a child layer and their drivers are found there; a broken jar, a
 * jar whose dependency is missing and a duplicate module are each skipped with one line, never taking the rest down.
 */
class PluginLoaderTest {
    @TempDir
    static Path tmp;
    static Path sqliteJar;
    static Path needsMissingJar;

    @BeforeAll
    static void jars() throws IOException, URISyntaxException {
        sqliteJar = Path.of(org.sqlite.JDBC.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // A module that requires another which is not in the folder.
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("dep.b/b"));
        Files.createDirectories(src.resolve("needs.b/n"));
        Files.writeString(src.resolve("dep.b/module-info.java"), "module dep.b { exports b; }");
        Files.writeString(src.resolve("dep.b/b/B.java"), "package b; public class B {}");
        Files.writeString(src.resolve("needs.b/module-info.java"), "module needs.b { requires dep.b; }");
        Files.writeString(src.resolve("needs.b/n/N.java"), "package n; public class N { b.B b; }");
        Path out = tmp.resolve("classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(),
                "--module-source-path", src.toString(), "-m", "dep.b,needs.b");
        assertThat(rc).isEqualTo(0);
        needsMissingJar = jar(out.resolve("needs.b"), tmp.resolve("needs-b.jar"));
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    /**
     * slf4j-api as a named module, as lib/ has it in the launcher's boot layer: sqlite-jdbc reads it through
     * {@code requires static org.slf4j} (its logging fallback, java.util.logging, is a module it does not require).
     */
    private static ModuleLayer applicationLayer() {
        Path slf4j;
        try {
            slf4j = Path.of(org.slf4j.Logger.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        java.lang.module.Configuration cf = ModuleLayer.boot().configuration().resolve(
                java.lang.module.ModuleFinder.of(slf4j), java.lang.module.ModuleFinder.of(), List.of("org.slf4j"));
        return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    }

    private static Path folder(String name) throws IOException {
        return Files.createDirectories(tmp.resolve(name));
    }

    @Test
    @DisplayName("a good driver jar loads into a child layer, gets native access and serves connections")
    void loadsLayer() throws IOException, SQLException {
        Path dir = folder("good");
        Files.copy(sqliteJar, dir.resolve("sqlite-jdbc.jar"));
        PluginSet set = new PluginLoader().loadLayer(dir, applicationLayer(), ClassLoader.getPlatformClassLoader());
        assertThat(set.problems()).isEmpty();
        assertThat(set.jars()).containsExactly(dir.resolve("sqlite-jdbc.jar"));
        assertThat(set.layer().modules().stream().map(Module::getName).toList())
                .containsExactly("org.xerial.sqlitejdbc");
        List<Driver> drivers = ServiceLoader.load(set.layer(), Driver.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertThat(drivers).hasSize(1);
        assertThat(drivers.get(0).getClass().getModule().getLayer()).isSameAs(set.layer());
        try (Connection c = drivers.get(0).connect("jdbc:sqlite::memory:", new Properties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 6 * 7")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    @DisplayName("broken, unresolvable and duplicate jars are skipped with one line each; the good one still loads")
    void skipsBrokenJars() throws IOException {
        Path dir = folder("mixed");
        Files.copy(sqliteJar, dir.resolve("b-sqlite-jdbc.jar"));
        Files.copy(sqliteJar, dir.resolve("c-sqlite-jdbc-copy.jar"));
        Files.copy(needsMissingJar, dir.resolve("d-needs-b.jar"));
        try (OutputStream garbage = Files.newOutputStream(dir.resolve("a-broken.jar"))) {
            garbage.write("this is not a zip file".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("notes.txt"), "ignored: not a jar");
        PluginSet set = new PluginLoader().loadLayer(dir, ModuleLayer.boot(), getClass().getClassLoader());
        assertThat(set.jars()).containsExactly(dir.resolve("b-sqlite-jdbc.jar"));
        assertThat(set.layer().modules().stream().map(Module::getName).toList())
                .containsExactly("org.xerial.sqlitejdbc");
        assertThat(set.problems()).hasSize(3);
        assertThat(set.problems().get(0)).startsWith("skipped plugin mixed/a-broken.jar: ");
        assertThat(set.problems().get(1)).isEqualTo("skipped plugin mixed/c-sqlite-jdbc-copy.jar: module "
                + "org.xerial.sqlitejdbc is already provided by mixed/b-sqlite-jdbc.jar");
        assertThat(set.problems().get(2)).isEqualTo("skipped plugin mixed/d-needs-b.jar: Module dep.b not found, "
                + "required by needs.b");
        assertThat(set.problems()).allMatch(p -> !p.contains("\n"));
    }

    @Test
    @DisplayName("a module the application already has is not loaded twice")
    void alreadyInParent() throws IOException {
        Path first = folder("first");
        Files.copy(sqliteJar, first.resolve("sqlite-jdbc.jar"));
        PluginSet parent = new PluginLoader().loadLayer(first, ModuleLayer.boot(), getClass().getClassLoader());
        Path second = folder("second");
        Files.copy(sqliteJar, second.resolve("sqlite-jdbc.jar"));
        PluginSet set = new PluginLoader().loadLayer(second, parent.layer(), getClass().getClassLoader());
        assertThat(set.layer()).isNull();
        assertThat(set.problems()).containsExactly("skipped plugin second/sqlite-jdbc.jar: module "
                + "org.xerial.sqlitejdbc is already part of the application (lib/)");
    }

    @Test
    @DisplayName("a missing or empty folder loads nothing and reports nothing")
    void missingFolder() throws IOException {
        PluginSet missing = new PluginLoader().loadLayer(tmp.resolve("nope"), ModuleLayer.boot(),
                getClass().getClassLoader());
        PluginSet empty = new PluginLoader().loadLayer(folder("empty"), ModuleLayer.boot(),
                getClass().getClassLoader());
        for (PluginSet set : List.of(missing, empty)) {
            assertThat(set.layer()).isNull();
            assertThat(set.jars()).isEmpty();
            assertThat(set.problems()).isEmpty();
        }
    }

    @Test
    @DisplayName("class-path mode: only jars not already on the class path go into a child class loader")
    void classPathMode() throws IOException {
        Path dir = folder("cp");
        Files.copy(sqliteJar, dir.resolve("sqlite-jdbc.jar"));
        Files.copy(needsMissingJar, dir.resolve("needs-b.jar"));
        String classPath = dir.resolve("sqlite-jdbc.jar") + java.io.File.pathSeparator + "/nonexistent/x.jar";
        PluginSet set = new PluginLoader().loadClassPath(dir, getClass().getClassLoader(), classPath);
        assertThat(set.jars()).containsExactly(dir.resolve("needs-b.jar"));
        assertThat(set.classLoader()).isNotNull();
        assertThat(set.layer()).isNull();
        PluginSet none = new PluginLoader().loadClassPath(dir, getClass().getClassLoader(),
                dir.resolve("sqlite-jdbc.jar") + java.io.File.pathSeparator + dir.resolve("needs-b.jar"));
        assertThat(none.classLoader()).isNull();
        assertThat(none.jars()).isEmpty();
    }
}
