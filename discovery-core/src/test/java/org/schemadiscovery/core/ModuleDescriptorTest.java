package org.schemadiscovery.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {
    @Test
    @DisplayName("module-info uses every SPI and java.sql.Driver, exports the public packages and provides nothing")
    void descriptor() throws IOException {
        ModuleDescriptor d;
        Path classes;
        try {
            classes = Path.of(SchemaDiscovery.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertThat(d.name()).isEqualTo("org.schemadiscovery.core");
        assertThat(d.uses()).containsExactlyInAnyOrder("org.schemadiscovery.api.spi.DiscoveryStrategy",
                "org.schemadiscovery.api.spi.IndexDiscovery", "org.schemadiscovery.api.spi.ConstraintDiscovery",
                "org.schemadiscovery.api.spi.DdlRenderer", "org.schemadiscovery.api.diff.SchemaNormalizer",
                "org.schemadiscovery.api.spi.MigrationPlanner",
                "org.schemadiscovery.core.cache.SnapshotCacheProvider", "java.sql.Driver");
        assertThat(d.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrderElementsOf(documentedExports())
                .containsExactlyInAnyOrder("org.schemadiscovery.core", "org.schemadiscovery.core.registry",
                        "org.schemadiscovery.core.json", "org.schemadiscovery.core.diff",
                        "org.schemadiscovery.core.migration", "org.schemadiscovery.core.source",
                        "org.schemadiscovery.core.health", "org.schemadiscovery.core.metrics",
                        "org.schemadiscovery.core.cache", "org.schemadiscovery.core.time");
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(d.provides()).isEmpty();
        assertThat(classes.resolve("META-INF/services")).as("core registers the generic strategy itself")
                .doesNotExist();
    }

    /** The packages docs/architecture.md says core exports (its "Core exports exactly ..." paragraph). */
    private static List<String> documentedExports() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "architecture.md"));
        int start = doc.indexOf("Core exports exactly the packages users call:");
        assertThat(start).as("the exports paragraph in docs/architecture.md").isNotNegative();
        String paragraph = doc.substring(start, doc.indexOf("\n\n", start));
        List<String> packages = new ArrayList<>();
        Matcher m = Pattern.compile("`(org\\.schemadiscovery\\.core[a-z.]*)`").matcher(paragraph);
        while (m.find()) {
            packages.add(m.group(1));
        }
        return packages;
    }
}
