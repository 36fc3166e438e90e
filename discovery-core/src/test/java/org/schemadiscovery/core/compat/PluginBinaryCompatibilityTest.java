package org.schemadiscovery.core.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.json.JsonCodec;
import org.schemadiscovery.core.testing.Sqlite;

/**
 * The rule for growing the model (docs/architecture.md) holds: {@code compat/compat-plugin.jar}, a plugin compiled
 * against discovery-api before {@code TableInfo} gained a component (see src/test/compat-plugin/README.md), loads
 * through ServiceLoader and discovers a database with today's API.
 */
class PluginBinaryCompatibilityTest {
    /** TableInfo's canonical constructor as the jar was compiled against it: twelve components. */
    private static final String OLD_TABLE_INFO_CONSTRUCTOR = "(Lorg/schemadiscovery/api/model/TableRef;"
            + "Lorg/schemadiscovery/api/model/TableKind;Ljava/util/List;Ljava/util/List;Ljava/util/List;"
            + "Ljava/util/List;Lorg/schemadiscovery/api/model/PartitionInfo;Ljava/lang/String;Ljava/lang/String;"
            + "ZLjava/util/List;Ljava/util/Map;)V";

    @TempDir
    Path dir;

    @Test
    @DisplayName("the jar was compiled for Java 17 against a TableInfo with fewer components than today's")
    void jarIsOld() throws Exception {
        byte[] session = entry("org/schemadiscovery/compat/CompatSession.class");
        assertThat(((session[6] & 0xff) << 8) | (session[7] & 0xff)).as("class file major version").isEqualTo(61);
        assertThat(new String(session, StandardCharsets.ISO_8859_1)).contains(OLD_TABLE_INFO_CONSTRUCTOR);
        assertThat(TableInfo.class.getRecordComponents()).hasSizeGreaterThan(12);
    }

    @Test
    @DisplayName("the old plugin loads through ServiceLoader and discovers tables, columns, indexes and keys")
    void oldPluginRuns() throws Exception {
        String url = Sqlite.create(dir, "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                "CREATE TABLE orders (id INTEGER NOT NULL, line INTEGER NOT NULL, customer_id INTEGER,"
                        + " PRIMARY KEY (id, line))",
                "CREATE INDEX orders_customer ON orders (customer_id)");
        URL jar = getClass().getResource("/compat/compat-plugin.jar");
        assertThat(jar).as("compat/compat-plugin.jar on the test class path").isNotNull();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar}, getClass().getClassLoader())) {
            SchemaInfo schema = SchemaDiscovery.builder().classLoader(loader).build().discover(url);

            assertThat(schema.identity().dialect()).isEqualTo("compat-sqlite");
            assertThat(schema.warnings()).isEmpty();
            TableRef customer = TableRef.of("main", "customer");
            TableRef orders = TableRef.of("main", "orders");
            assertThat(schema.tables()).extracting(TableInfo::ref).containsExactly(customer, orders);

            TableInfo t = schema.tables().get(1);
            assertThat(t.comment()).isEqualTo("built by a plugin compiled before TableInfo grew");
            assertThat(t.options()).isEqualTo(Map.of("plugin", "compat-sqlite"));
            assertThat(t.rowEstimate()).as("the component the plugin never heard of has its default").isNull();
            assertThat(t.columns()).extracting(c -> c.name() + " " + c.type().declared() + " " + c.nullable())
                    .containsExactly("id INTEGER false", "line INTEGER false", "customer_id INTEGER true");
            assertThat(t.primaryKey()).contains(new PrimaryKey(null, orders, List.of("id", "line")));
            assertThat(t.indexes()).containsExactly(IndexInfo.builder("orders_customer", orders).valid(true)
                    .elements(List.of(IndexElement.column("customer_id"))).build());

            assertThat(new JsonCodec().read(new JsonCodec().write(schema))).isEqualTo(schema);
        }
    }

    private static byte[] entry(String name) throws IOException {
        URL jar = PluginBinaryCompatibilityTest.class.getResource("/compat/compat-plugin.jar");
        try (JarFile file = new JarFile(Path.of(java.net.URI.create(jar.toString())).toFile());
             InputStream in = file.getInputStream(file.getJarEntry(name))) {
            return in.readAllBytes();
        }
    }
}
