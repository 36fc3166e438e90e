package org.schemadiscovery.cli.plugin;

import java.nio.file.Path;
import java.util.List;

/**
 * The plugins that loaded.
 *
 * @param layer       the child module layer holding them, or null (class-path mode, or nothing loaded)
 * @param classLoader the child class loader holding them in class-path mode, or null
 * @param jars        jars that loaded
 * @param problems    one line per jar that was skipped, and why
 */
public record PluginSet(ModuleLayer layer, ClassLoader classLoader, List<Path> jars, List<String> problems) {
    public PluginSet {
        jars = List.copyOf(jars);
        problems = List.copyOf(problems);
    }

    /** No plugins. */
    public static PluginSet none() {
        return new PluginSet(null, null, List.of(), List.of());
    }
}
