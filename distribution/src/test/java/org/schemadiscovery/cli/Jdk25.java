package org.schemadiscovery.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a JDK 25 for the launcher tests: {@code -Djdk25.home}, {@code JAVA_25_HOME}, then any JDK under
 * {@code /usr/lib/jvm} whose {@code release} file says version 25. When there is none, says so once on standard
 * output (the build log), so the JDK 25 checks never disappear silently.
 */
final class Jdk25 {
    static final String NOT_FOUND = "no JDK 25 found (looked at -Djdk25.home, JAVA_25_HOME and /usr/lib/jvm/*):"
            + " the JDK 25 launcher checks do not run";

    private Jdk25() {
    }

    static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("jdk25.home");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        String env = System.getenv("JAVA_25_HOME");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            jvms.sorted().forEach(candidates::add);
        } catch (IOException e) {
            // no /usr/lib/jvm: only the explicit locations count
        }
        Optional<Path> found = candidates.stream().filter(Jdk25::isJdk25).findFirst();
        if (found.isEmpty()) {
            System.out.println("DistributionIT: " + NOT_FOUND);
        } else {
            System.out.println("DistributionIT: JDK 25 at " + found.get());
        }
        return found;
    }

    private static boolean isJdk25(Path home) {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            return false;
        }
        try {
            return Files.readAllLines(home.resolve("release")).stream()
                    .anyMatch(l -> l.equals("JAVA_VERSION=\"25\"") || l.startsWith("JAVA_VERSION=\"25."));
        } catch (IOException e) {
            return false;
        }
    }
}
