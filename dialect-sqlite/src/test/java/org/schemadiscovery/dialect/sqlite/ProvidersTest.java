package org.schemadiscovery.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.spi.MigrationPlanner;

@DisplayName("service registration: module-info and META-INF/services agree")
class ProvidersTest {
    private static final Map<String, String> EXPECTED = Map.of(
            DiscoveryStrategy.class.getName(), SqliteDiscoveryStrategy.class.getName(),
            IndexDiscovery.class.getName(), SqliteIndexDiscovery.class.getName(),
            ConstraintDiscovery.class.getName(), SqliteConstraintDiscovery.class.getName(),
            DdlRenderer.class.getName(), SqliteDdlRenderer.class.getName(),
            MigrationPlanner.class.getName(), SqliteMigrationPlanner.class.getName());

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    @DisplayName("module-info provides exactly the five services, as Auto-Service's files do")
    void descriptorMatchesServiceFiles() throws Exception {
        Path classes = location(SqliteDiscoveryStrategy.class);
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.name()).isEqualTo("org.schemadiscovery.dialect.sqlite");
        Map<String, String> provides = new TreeMap<>();
        descriptor.provides().forEach(p -> provides.put(p.service(), String.join(",", p.providers())));
        assertThat(provides).isEqualTo(new TreeMap<>(EXPECTED));
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.schemadiscovery.dialect.sqlite");
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsAll(Set.of("org.schemadiscovery.api", "org.slf4j", "org.xerial.sqlitejdbc"));
        Map<String, String> files = new TreeMap<>();
        for (String service : EXPECTED.keySet()) {
            Path file = classes.resolve("META-INF/services/" + service);
            files.put(service, Files.readString(file, StandardCharsets.UTF_8).strip());
        }
        assertThat(files).isEqualTo(provides);
    }

    @Test
    @DisplayName("a module layer of the plugin, the API, SLF4J and sqlite-jdbc serves all four providers")
    void moduleLayer() throws Exception {
        ModuleFinder finder = ModuleFinder.of(location(SqliteDiscoveryStrategy.class),
                location(DiscoveryStrategy.class), location(org.slf4j.Logger.class),
                location(Class.forName("org.sqlite.JDBC")));
        Configuration config = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("org.schemadiscovery.dialect.sqlite"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("org.schemadiscovery.api");
        for (Map.Entry<String, String> e : EXPECTED.entrySet()) {
            Class<?> service = loader.loadClass(e.getKey());
            List<String> found = ServiceLoader.load(layer, service).stream()
                    .map(p -> p.type().getName()).toList();
            assertThat(found).as(e.getKey()).containsExactly(e.getValue());
            Class<?> provider = ServiceLoader.load(layer, service).stream().findFirst().orElseThrow().type();
            assertThat(provider.getModule().getName()).isEqualTo("org.schemadiscovery.dialect.sqlite");
        }
    }
}
