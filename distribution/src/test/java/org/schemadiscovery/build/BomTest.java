package org.schemadiscovery.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The BOM aligns every module the project publishes, and the kit's test stack, so a consumer never mixes versions. */
class BomTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
    private static final Pattern DEPENDENCY = Pattern.compile("(?s)<dependency>(.*?)</dependency>");

    @Test
    @DisplayName("the BOM lists exactly the published reactor modules (all but the BOM and deploy-skipped ones)")
    void listsEveryPublishedModule() throws IOException {
        List<String> published = new ArrayList<>();
        for (String module : all(MODULE, Files.readString(ROOT.resolve("pom.xml")))) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            if (!module.equals("bom") && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                published.add(ownArtifactId(pom));
            }
        }
        assertThat(published).contains("discovery-api", "dialect-tck-testcontainers", "discovery-micrometer");

        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
        List<String> ours = new ArrayList<>();
        for (String dependency : all(DEPENDENCY, managed)) {
            if (dependency.contains("<groupId>org.schemadiscovery</groupId>")) {
                ours.addAll(all(ARTIFACT, dependency));
            }
        }
        assertThat(ours).containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    @DisplayName("the BOM imports the BOMs of JUnit, SLF4J and AssertJ at the versions the kit is built with")
    void alignsTheKitsTestStack() throws IOException {
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        for (String property : List.of("junit.version", "slf4j.version", "assertj.version")) {
            assertThat(property(bom, property)).as(property).isEqualTo(property(parent, property));
        }
        String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
        for (String imported : List.of("junit-bom</artifactId><version>${junit.version}",
                "slf4j-bom</artifactId><version>${slf4j.version}", "assertj-bom</artifactId><version>${assertj.version}")) {
            assertThat(managed).contains("<artifactId>" + imported + "</version><type>pom</type><scope>import</scope>");
        }
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">").matcher(pom);
        assertThat(m.find()).as("%s is set", name).isTrue();
        return m.group(1).strip();
    }

    /** The module's own artifactId: the first one after its parent block. */
    private static String ownArtifactId(String pom) {
        String afterParent = pom.substring(pom.indexOf("</parent>"));
        Matcher m = ARTIFACT.matcher(afterParent);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<String> all(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }
}
