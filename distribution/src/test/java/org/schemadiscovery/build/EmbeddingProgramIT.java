package org.schemadiscovery.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a small embedding program against the packaged jars and runs it in a forked JVM with only core, its
 * libraries and the SQLite dialect present: once with the libraries on the module path (providers found through the
 * boot module layer) and once on the class path (providers found through META-INF/services).
 */
class EmbeddingProgramIT {
    private static final String PROGRAM = """
            import java.util.ServiceLoader;
            import org.schemadiscovery.api.model.SchemaInfo;
            import org.schemadiscovery.api.model.TableInfo;
            import org.schemadiscovery.api.spi.DiscoveryStrategy;
            import org.schemadiscovery.core.SchemaDiscovery;

            public class Embed {
                public static void main(String[] args) {
                    for (DiscoveryStrategy s : ServiceLoader.load(DiscoveryStrategy.class)) {
                        Module m = s.getClass().getModule();
                        System.out.println("provider " + s.dialect() + " in "
                                + (m.isNamed() ? "module " + m.getName() : "class path"));
                    }
                    SchemaInfo info = SchemaDiscovery.builder().build().discover(args[0]);
                    System.out.println("dialect " + info.identity().dialect());
                    for (TableInfo t : info.tables()) {
                        System.out.println("table " + t.ref().name() + " " + t.columns().size() + " columns pk "
                                + t.primaryKey().map(pk -> pk.columns().toString()).orElse("-"));
                    }
                }
            }
            """;

    @TempDir
    static Path work;
    private static Path classes;
    private static String url;

    @BeforeAll
    static void compileProgramAndCreateDatabase() throws IOException, SQLException {
        Path src = Files.createDirectories(work.resolve("src"));
        Files.writeString(src.resolve("Embed.java"), PROGRAM);
        classes = Files.createDirectories(work.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-cp", ForkedJava.path(List.of(ProjectArtifacts.moduleJar("discovery-api"),
                        ProjectArtifacts.moduleJar("discovery-core"))),
                "-d", classes.toString(), src.resolve("Embed.java").toString());
        assertThat(rc).as("javac exit code").isZero();

        Path db = work.resolve("shop.db");
        url = "jdbc:sqlite:" + db;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            s.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL"
                    + " REFERENCES customer(id), total REAL)");
        }
    }

    private static List<Path> libraries() {
        return List.of(ProjectArtifacts.moduleJar("discovery-api"), ProjectArtifacts.moduleJar("discovery-core"),
                ProjectArtifacts.moduleJar("dialect-sqlite"), ProjectArtifacts.jar("sqlite-jdbc"),
                ProjectArtifacts.jar("slf4j-api"), ProjectArtifacts.jar("jackson-databind"),
                ProjectArtifacts.jar("jackson-core"), ProjectArtifacts.jar("jackson-annotations"),
                ProjectArtifacts.jar("caffeine"));
    }

    @Test
    void findsTheDialectThroughTheModuleLayer() throws Exception {
        ForkedJava.Result r = ForkedJava.run(List.of(
                "--module-path", ForkedJava.path(libraries()),
                "--add-modules", "org.schemadiscovery.core,org.schemadiscovery.dialect.sqlite",
                "--enable-native-access=org.xerial.sqlitejdbc",
                "-cp", classes.toString(), "Embed", url));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("provider sqlite in module org.schemadiscovery.dialect.sqlite")
                .contains("dialect sqlite")
                .contains("table customer 2 columns pk [id]")
                .contains("table orders 3 columns pk [id]");
    }

    @Test
    void findsTheDialectThroughTheClassPath() throws Exception {
        List<Path> cp = new ArrayList<>(libraries());
        cp.add(classes);
        ForkedJava.Result r = ForkedJava.run(List.of("-cp", ForkedJava.path(cp), "Embed", url));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("provider sqlite in class path")
                .contains("dialect sqlite")
                .contains("table customer 2 columns pk [id]")
                .contains("table orders 3 columns pk [id]");
    }
}
