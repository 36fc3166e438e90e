package org.schemadiscovery.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written {@code provides} of each module-info must agree with the META-INF/services files Auto-Service
 * generates, so module-path and class-path users see the same plugins.
 */
class ServiceRegistrationTest {
    private static final Set<String> DIALECT_SERVICES = Set.of(
            "org.schemadiscovery.api.spi.DiscoveryStrategy",
            "org.schemadiscovery.api.spi.IndexDiscovery",
            "org.schemadiscovery.api.spi.ConstraintDiscovery",
            "org.schemadiscovery.api.spi.DdlRenderer");
    /** Services a dialect may provide besides the four. */
    private static final Set<String> OPTIONAL_DIALECT_SERVICES = Set.of(
            "org.schemadiscovery.api.diff.SchemaNormalizer",
            "org.schemadiscovery.api.spi.MigrationPlanner");

    @ParameterizedTest(name = "{0}: module-info provides = META-INF/services")
    @ValueSource(strings = {"discovery-api", "discovery-core", "dialect-sqlite", "dialect-postgresql", "dialect-mysql", "discovery-micrometer", "cache-redis", "distribution"})
    void providesMatchesServiceFiles(String artifactId) throws IOException {
        Path entry = ProjectArtifacts.module(artifactId).orElseThrow(
                () -> new AssertionError(artifactId + " is not on the test class path"));
        try (Root root = Root.of(entry)) {
            Map<String, Set<String>> declared = declaredProvides(root.path());
            Map<String, Set<String>> generated = serviceFiles(root.path());
            assertThat(generated)
                    .as("%s: META-INF/services (Auto-Service) against module-info provides", artifactId)
                    .isEqualTo(declared);
            if (artifactId.startsWith("dialect-")) {
                assertThat(declared.keySet()).as("%s provides all four dialect services", artifactId)
                        .containsAll(DIALECT_SERVICES);
                assertThat(declared.keySet()).as("%s provides only dialect services", artifactId)
                        .allMatch(s -> DIALECT_SERVICES.contains(s) || OPTIONAL_DIALECT_SERVICES.contains(s));
                declared.values().forEach(impls -> assertThat(impls).hasSize(1));
            }
        }
    }

    private static Map<String, Set<String>> declaredProvides(Path root) throws IOException {
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in).provides().stream().collect(Collectors.toMap(
                    ModuleDescriptor.Provides::service,
                    p -> new TreeSet<>(p.providers()),
                    (a, b) -> a, TreeMap::new));
        }
    }

    private static Map<String, Set<String>> serviceFiles(Path root) throws IOException {
        Path dir = root.resolve("META-INF/services");
        Map<String, Set<String>> result = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return result;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Set<String> impls = Files.readAllLines(f).stream()
                        .map(l -> l.replaceAll("#.*", "").trim())
                        .filter(l -> !l.isEmpty())
                        .collect(Collectors.toCollection(TreeSet::new));
                result.put(f.getFileName().toString(), impls);
            }
        }
        return result;
    }

    /** A class folder or the root of a jar opened as a file system. */
    private record Root(Path path, FileSystem fs) implements AutoCloseable {
        static Root of(Path entry) throws IOException {
            if (Files.isDirectory(entry)) {
                return new Root(entry, null);
            }
            FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + entry.toUri()), Map.of());
            return new Root(fs.getPath("/"), fs);
        }

        @Override
        public void close() throws IOException {
            if (fs != null) {
                fs.close();
            }
        }
    }
}
