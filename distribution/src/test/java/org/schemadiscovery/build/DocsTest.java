package org.schemadiscovery.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The project's docs cite files that exist and pin the versions the build uses. */
class DocsTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<artifactId>([^<]+)</artifactId>\\s*<version>([0-9][^<]*)</version>");

    @Test
    @DisplayName("docs/writing-a-dialect.md pins the library versions of the root pom")
    void versionsMatchRootPom() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Map<String, String> properties = Map.of("slf4j-api", "slf4j.version", "mariadb-java-client", "mariadb.version",
                "junit-jupiter", "junit.version", "auto-service-annotations", "auto-service.version",
                "auto-service", "auto-service.version");
        String guide = Files.readString(ROOT.resolve("docs/writing-a-dialect.md"));
        Matcher m = DEPENDENCY.matcher(guide);
        int checked = 0;
        while (m.find()) {
            String property = properties.get(m.group(1));
            if (property != null) {
                assertThat(m.group(2)).as(m.group(1)).isEqualTo(property(pom, property));
                checked++;
            }
        }
        // JUnit and SLF4J come from the project's BOM, which the guide imports; the driver and Auto-Service are pinned.
        assertThat(checked).isGreaterThanOrEqualTo(3);
        assertThat(guide).contains("<artifactId>schema-discovery-bom</artifactId>");
    }

    @Test
    @DisplayName("no source or doc cites a file that does not exist (the old ARCHITECTURE.md)")
    void noDanglingArchitectureReference() throws IOException {
        assertThat(ROOT.resolve("ARCHITECTURE.md")).doesNotExist();
        try (Stream<Path> files = Files.walk(ROOT)) {
            List<Path> citing = files
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/")
                            && !p.toString().contains("/bench/cache/"))
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".md")
                            || p.toString().endsWith("pom.xml"))
                    .filter(p -> read(p).contains("ARCHITECTURE.md"))
                    .filter(p -> !p.getFileName().toString().equals("DocsTest.java"))
                    .toList();
            assertThat(citing).isEmpty();
        }
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as(name + " in the root pom").isTrue();
        return m.group(1);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }
}
