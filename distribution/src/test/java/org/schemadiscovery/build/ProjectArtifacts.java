package org.schemadiscovery.build;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Finds the project's own modules and third-party jars on this test's class path (reactor jars or class folders). */
final class ProjectArtifacts {
    private ProjectArtifacts() {
    }

    static List<Path> classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .toList();
    }

    /** The entry of a project module: {@code <module>/target/classes} or {@code <module>-<version>.jar}. */
    static Optional<Path> module(String artifactId) {
        return classPath().stream().filter(p -> isModuleEntry(p, artifactId)).findFirst();
    }

    /** A third-party jar whose file name starts with this prefix and a version digit. */
    static Path jar(String prefix) {
        return classPath().stream()
                .filter(p -> {
                    String n = p.getFileName().toString();
                    return n.endsWith(".jar") && n.startsWith(prefix + "-")
                            && Character.isDigit(n.charAt(prefix.length() + 1));
                })
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(prefix + " is not on the test class path"));
    }

    /** The module's packaged jar, which must exist (Failsafe runs after package). */
    static Path moduleJar(String artifactId) {
        Path entry = module(artifactId)
                .orElseThrow(() -> new IllegalStateException(artifactId + " is not on the test class path"));
        if (entry.toString().endsWith(".jar")) {
            return entry;
        }
        // target/classes -> target/<artifactId>-<version>.jar
        try (var files = Files.list(entry.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(artifactId + "-")
                            && f.getFileName().toString().endsWith(".jar")
                            && !f.getFileName().toString().endsWith("-tests.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar of " + artifactId));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isModuleEntry(Path p, String artifactId) {
        String name = p.getFileName().toString();
        if (name.endsWith(".jar")) {
            return name.startsWith(artifactId + "-") && Character.isDigit(name.charAt(artifactId.length() + 1));
        }
        return name.equals("classes") && p.getParent() != null && p.getParent().getParent() != null
                && p.getParent().getParent().getFileName().toString().equals(artifactId);
    }
}
