package org.schemadiscovery.cli.plugin;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads the jars of a {@code plugins/} folder: into a child {@link ModuleLayer} when the CLI runs on the module
 * path, or into a child class loader when it runs on the class path. A jar that cannot be read, whose module cannot
 * be resolved (a missing dependency, a split package, a name clash) or whose modules cannot be defined is skipped with
 * a one-line problem; the other jars still load.
 */
public final class PluginLoader {

    /**
     * Loads every {@code *.jar} in {@code dir} (in file-name order) into a layer on top of {@code parent}.
     *
     * @param dir          the plugins folder; a missing folder gives an empty result
     * @param parent       the layer the plugins resolve against (the boot layer)
     * @param parentLoader parent class loader of the plugin modules' loaders
     */
    public PluginSet loadLayer(Path dir, ModuleLayer parent, ClassLoader parentLoader) {
        List<String> problems = new ArrayList<>();
        Map<String, Path> candidates = readModules(dir, parent, problems);
        List<Path> jars = new ArrayList<>(candidates.values());
        ModuleFinder finder = ModuleFinder.of(jars.toArray(Path[]::new));
        Set<String> accepted = new HashSet<>();
        ModuleLayer.Controller controller = null;
        // Resolve one more root at a time, so a jar that cannot be resolved or defined costs only itself (and the
        // jars that need it), never the whole folder.
        for (Map.Entry<String, Path> candidate : candidates.entrySet()) {
            if (accepted.contains(candidate.getKey())) {
                continue;
            }
            Set<String> roots = new HashSet<>(accepted);
            roots.add(candidate.getKey());
            try {
                Configuration cf = parent.configuration().resolve(finder, ModuleFinder.of(), roots);
                controller = ModuleLayer.defineModulesWithManyLoaders(cf, List.of(parent), parentLoader);
                cf.modules().forEach(m -> accepted.add(m.name()));
            } catch (RuntimeException e) {
                problems.add("skipped plugin " + display(dir, candidate.getValue()) + ": " + oneLine(e));
            }
        }
        if (controller == null) {
            return new PluginSet(null, null, List.of(), problems);
        }
        enableNativeAccess(controller);
        List<Path> loaded = candidates.entrySet().stream().filter(e -> accepted.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new PluginSet(controller.layer(), null, loaded, problems);
    }

    /**
     * Puts the jars of {@code dir} that are not already on the class path into a child class loader of
     * {@code parentLoader}; with {@code java -cp 'lib/*:plugins/*'} that is none of them.
     */
    public PluginSet loadClassPath(Path dir, ClassLoader parentLoader, String classPath) {
        List<String> problems = new ArrayList<>();
        Set<Path> onClassPath = new HashSet<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                onClassPath.add(normalize(Path.of(entry)));
            }
        }
        List<Path> extra = new ArrayList<>();
        List<URL> urls = new ArrayList<>();
        for (Path jar : listJars(dir, problems)) {
            if (onClassPath.contains(normalize(jar))) {
                continue;
            }
            try {
                urls.add(jar.toUri().toURL());
                extra.add(jar);
            } catch (MalformedURLException e) {
                problems.add("skipped plugin " + display(dir, jar) + ": " + oneLine(e));
            }
        }
        if (urls.isEmpty()) {
            return new PluginSet(null, null, List.of(), problems);
        }
        ClassLoader loader = new URLClassLoader("schema-discovery-plugins", urls.toArray(URL[]::new), parentLoader);
        return new PluginSet(null, loader, extra, problems);
    }

    /** One module per readable jar, keyed by module name; clashes with the parent or another jar are problems. */
    private static Map<String, Path> readModules(Path dir, ModuleLayer parent, List<String> problems) {
        Map<String, Path> modules = new LinkedHashMap<>();
        for (Path jar : listJars(dir, problems)) {
            try {
                Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
                if (found.isEmpty()) {
                    problems.add("skipped plugin " + display(dir, jar) + ": not a module or jar file");
                    continue;
                }
                String name = found.iterator().next().descriptor().name();
                if (parent.findModule(name).isPresent()) {
                    problems.add("skipped plugin " + display(dir, jar) + ": module " + name
                            + " is already part of the application (lib/)");
                } else if (modules.containsKey(name)) {
                    problems.add("skipped plugin " + display(dir, jar) + ": module " + name + " is already provided by "
                            + display(dir, modules.get(name)));
                } else {
                    modules.put(name, jar);
                }
            } catch (RuntimeException e) {
                problems.add("skipped plugin " + display(dir, jar) + ": " + oneLine(e));
            }
        }
        return modules;
    }

    private static List<Path> listJars(Path dir, List<String> problems) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).filter(Files::isRegularFile)
                    .sorted().toList();
        } catch (IOException e) {
            problems.add("cannot read plugins folder " + dir + ": " + oneLine(e));
            return List.of();
        }
    }

    /**
     * JDBC drivers such as sqlite-jdbc load native code. On JDK 22+ a module in a child layer can only be granted
     * native access through its layer's controller (the {@code --enable-native-access} flag knows boot modules
     * only); without it JDK 24+ prints restricted-method warnings. The method is looked up reflectively because the
     * CLI is compiled for Java 17. It needs the CLI's own module to have native access (the launcher grants it); if
     * not, the JVM's usual warning is all that happens.
     */
    private static void enableNativeAccess(ModuleLayer.Controller controller) {
        Method enable;
        try {
            enable = ModuleLayer.Controller.class.getMethod("enableNativeAccess", Module.class);
        } catch (NoSuchMethodException e) {
            return; // Java 17-21: no restricted-method warnings to avoid.
        }
        for (Module module : controller.layer().modules()) {
            try {
                enable.invoke(controller, module);
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                return;
            }
        }
    }

    private static Path normalize(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String display(Path dir, Path jar) {
        Path folder = dir.getFileName();
        return folder == null ? jar.toString() : folder.resolve(jar.getFileName()).toString();
    }

    private static String oneLine(Throwable e) {
        Throwable t = e;
        String message = t.getMessage();
        while ((message == null || message.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            message = t.getMessage();
        }
        if (message == null || message.isBlank()) {
            message = t.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
