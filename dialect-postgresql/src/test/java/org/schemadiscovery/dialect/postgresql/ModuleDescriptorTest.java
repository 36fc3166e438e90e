package org.schemadiscovery.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("registration: module-info provides and META-INF/services agree")
class ModuleDescriptorTest {
    private static final Map<String, String> SERVICES = Map.of(
            "org.schemadiscovery.api.spi.DiscoveryStrategy", PostgresDiscoveryStrategy.class.getName(),
            "org.schemadiscovery.api.spi.IndexDiscovery", PostgresIndexDiscovery.class.getName(),
            "org.schemadiscovery.api.spi.ConstraintDiscovery", PostgresConstraintDiscovery.class.getName(),
            "org.schemadiscovery.api.spi.DdlRenderer", PostgresDdlRenderer.class.getName(),
            "org.schemadiscovery.api.diff.SchemaNormalizer", PostgresSchemaNormalizer.class.getName(),
            "org.schemadiscovery.api.spi.MigrationPlanner", PostgresMigrationPlanner.class.getName());

    private static Path classes() throws Exception {
        return Path.of(PostgresDiscoveryStrategy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    @DisplayName("the module provides the six services and requires only api, slf4j, the driver (and auto-service)")
    void descriptor() throws Exception {
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("org.schemadiscovery.dialect.postgresql");
        assertThat(d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .isEqualTo(Set.of("java.base", "org.schemadiscovery.api", "org.slf4j", "org.postgresql.jdbc",
                        "com.google.auto.service"));
        Map<String, String> provides = new TreeMap<>();
        d.provides().forEach(p -> provides.put(p.service(), String.join(",", p.providers())));
        assertThat(provides).isEqualTo(new TreeMap<>(SERVICES));
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.schemadiscovery.dialect.postgresql");
    }

    @Test
    @DisplayName("Auto-Service wrote the same providers to META-INF/services")
    void serviceFiles() throws Exception {
        Path services = classes().resolve("META-INF/services");
        Map<String, String> files = new TreeMap<>();
        try (var list = Files.list(services)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readString(f).strip());
            }
        }
        assertThat(files).isEqualTo(new TreeMap<>(SERVICES));
    }
}
