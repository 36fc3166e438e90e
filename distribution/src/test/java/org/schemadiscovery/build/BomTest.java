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

/** The BOM aligns every module the project publishes, so a consumer never mixes versions. */
class BomTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");

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
        assertThat(published).contains("discovery-api", "dialect-tck-testcontainers");

        String bom = Files.readString(ROOT.resolve("bom/pom.xml"));
        String managed = bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>"));
        assertThat(all(ARTIFACT, managed)).containsExactlyInAnyOrderElementsOf(published);
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
