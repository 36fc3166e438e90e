package org.schemadiscovery.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {
    @Test
    @DisplayName("module-info uses every SPI and java.sql.Driver, exports the public packages and provides nothing")
    void descriptor() throws IOException {
        ModuleDescriptor d;
        java.nio.file.Path classes;
        try {
            classes = java.nio.file.Path.of(SchemaDiscovery.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = java.nio.file.Files.newInputStream(classes.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("org.schemadiscovery.core");
        assertThat(d.uses()).containsExactlyInAnyOrder("org.schemadiscovery.api.spi.DiscoveryStrategy",
                "org.schemadiscovery.api.spi.IndexDiscovery", "org.schemadiscovery.api.spi.ConstraintDiscovery",
                "org.schemadiscovery.api.spi.DdlRenderer", "java.sql.Driver");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrder(
                "org.schemadiscovery.core", "org.schemadiscovery.core.registry", "org.schemadiscovery.core.generic",
                "org.schemadiscovery.core.analysis", "org.schemadiscovery.core.json");
        assertThat(d.provides()).isEmpty();
        assertThat(classes.resolve("META-INF/services")).as("core registers the generic strategy itself")
                .doesNotExist();
    }
}
