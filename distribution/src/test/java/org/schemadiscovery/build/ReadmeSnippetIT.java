package org.schemadiscovery.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding snippet compiles as printed against the packaged API and core jars, so it cannot rot. */
class ReadmeSnippetIT {
    private static final Pattern JAVA_BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");
    private static final Pattern CLASS_NAME = Pattern.compile("public (?:final )?class (\\w+)");

    @TempDir
    Path work;

    @Test
    @DisplayName("README's ## Embedding java block compiles with javac against discovery-api and discovery-core")
    void embeddingSnippetCompiles() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int embedding = readme.indexOf("\n## Embedding\n");
        assertThat(embedding).as("an Embedding section in README.md").isPositive();
        int next = readme.indexOf("\n## ", embedding + 1);
        Matcher block = JAVA_BLOCK.matcher(readme.substring(embedding, next < 0 ? readme.length() : next));
        assertThat(block.find()).as("a java block in README's Embedding section").isTrue();
        String snippet = block.group(1);
        Matcher name = CLASS_NAME.matcher(snippet);
        assertThat(name.find()).as("a public class in the snippet:%n%s", snippet).isTrue();

        Path source = Files.createDirectories(work.resolve("src")).resolve(name.group(1) + ".java");
        Files.writeString(source, snippet, StandardCharsets.UTF_8);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics,
                "-Xlint:all", "-Werror",
                "-cp", ForkedJava.path(List.of(ProjectArtifacts.moduleJar("discovery-api"),
                        ProjectArtifacts.moduleJar("discovery-core"))),
                "-d", Files.createDirectories(work.resolve("classes")).toString(), source.toString());
        String javac = diagnostics.toString(StandardCharsets.UTF_8);
        assertThat(rc).as("javac on README's snippet said:%n%s", javac).isZero();
        assertThat(javac).isEmpty();
        assertThat(work.resolve("classes").resolve(name.group(1) + ".class")).isRegularFile();
    }

    @Test
    @DisplayName("README says which SLF4J binding to add and how to grant sqlite-jdbc native access")
    void loggingAndNativeAccess() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("log4j-slf4j2-impl", "No SLF4J providers were found",
                "--enable-native-access=ALL-UNNAMED", "--enable-native-access=org.xerial.sqlitejdbc");
    }
}
