package org.schemadiscovery.tck;

import java.io.File;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Starts {@link RegistrationProbe} in a fresh {@code ${java.home}/bin/java} with the plugin on either path. */
final class ForkedJvm {
    /**
     * What the fork printed.
     *
     * @param exitCode the exit code
     * @param stdout   standard output
     * @param stderr   standard error
     * @param command  the command line, for messages
     */
    record Result(int exitCode, String stdout, String stderr, List<String> command) {
        List<String[]> lines(String kind) {
            return stdout.lines().map(l -> l.split("\t", -1)).filter(f -> f[0].equals(kind)).toList();
        }

        String describe() {
            return "exit " + exitCode + "\ncommand: " + String.join(" ", command) + "\nstdout:\n" + stdout
                    + "\nstderr:\n" + stderr;
        }
    }

    private ForkedJvm() {
    }

    /** Where a class was loaded from: a jar or a classes directory. */
    static Path locationOf(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }

    /**
     * The entries of this JVM's class path and module path: a test JVM started with the kit and the plugin on the
     * module path (surefire's {@code useModulePath}, its default) has them there, not on the class path.
     */
    static List<Path> classPath() {
        List<Path> entries = new ArrayList<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            for (String e : System.getProperty(property, "").split(File.pathSeparator)) {
                if (!e.isBlank() && Files.exists(Paths.get(e)) && !entries.contains(Paths.get(e))) {
                    entries.add(Paths.get(e));
                }
            }
        }
        return entries;
    }

    /**
     * The locations of {@code roots} plus, transitively, of every module they require that is not part of the JDK,
     * looked up among {@code candidates} (module names from module-info or derived automatic names).
     */
    static List<Path> moduleClosure(Collection<Path> roots, Collection<Path> candidates) {
        Map<String, Path> byName = new LinkedHashMap<>();
        Map<String, ModuleDescriptor> descriptors = new LinkedHashMap<>();
        for (Path p : candidates) {
            describe(p).ifPresent(d -> {
                byName.putIfAbsent(d.name(), p);
                descriptors.putIfAbsent(d.name(), d);
            });
        }
        Set<Path> result = new LinkedHashSet<>();
        Deque<ModuleDescriptor> todo = new ArrayDeque<>();
        for (Path root : roots) {
            ModuleDescriptor d = describe(root).orElseThrow(
                    () -> new IllegalStateException("not a module (no module-info, no usable name): " + root));
            if (result.add(root)) {
                todo.add(d);
            }
        }
        ModuleFinder system = ModuleFinder.ofSystem();
        while (!todo.isEmpty()) {
            ModuleDescriptor d = todo.poll();
            for (ModuleDescriptor.Requires r : d.requires()) {
                if (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)
                        || system.find(r.name()).isPresent()) {
                    continue;
                }
                Path p = byName.get(r.name());
                if (p == null) {
                    throw new IllegalStateException("module " + d.name() + " requires " + r.name()
                            + ", which is on neither this JVM's class path, its module path nor the JDK");
                }
                if (result.add(p)) {
                    todo.add(descriptors.get(r.name()));
                }
            }
        }
        return List.copyOf(result);
    }

    /** The module descriptor of a jar or directory (automatic when it has no module-info), if it has one. */
    static Optional<ModuleDescriptor> describe(Path location) {
        try {
            Set<ModuleReference> refs = ModuleFinder.of(location).findAll();
            return refs.size() == 1 ? Optional.of(refs.iterator().next().descriptor()) : Optional.empty();
        } catch (FindException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Runs the probe with {@code plugins} on the module path (true) or the class path (false). */
    static Result runProbe(List<Path> plugins, boolean modulePath, List<String> args, Duration timeout)
            throws IOException, InterruptedException {
        String javaHome = System.getProperty("java.home");
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(javaHome, "bin", "java").toString());
        String probe = locationOf(RegistrationProbe.class).toString();
        String plugged = String.join(File.pathSeparator, plugins.stream().map(Path::toString).toList());
        if (modulePath) {
            cmd.addAll(List.of("--module-path", plugged, "--add-modules", "ALL-MODULE-PATH",
                    "-cp", probe));
        } else {
            cmd.addAll(List.of("-cp", probe + File.pathSeparator + plugged));
        }
        cmd.add(RegistrationProbe.class.getName());
        cmd.addAll(args);
        Path out = Files.createTempFile("tck-probe", ".out");
        Path err = Files.createTempFile("tck-probe", ".err");
        try {
            Process process = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("forked JVM did not end within " + timeout + ": " + cmd);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), List.copyOf(cmd));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
