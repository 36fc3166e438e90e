package org.schemadiscovery.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.schemadiscovery.cli.plugin.PluginLoader;
import org.schemadiscovery.cli.plugin.PluginSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code schema-discovery}: holds the run's environment and loads the plugins once for whichever subcommand runs. */
@Command(name = "schema-discovery", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Reads a live database's schema (tables, columns, keys, indexes, views, ...) through dialect "
                + "plugins and prints it as text, JSON, Markdown or a mermaid ER diagram.",
        subcommands = {DiscoverCommand.class, DialectsCommand.class, RecommendCommand.class, DdlCommand.class,
                DocsCommand.class, DiffCommand.class, MigrateCommand.class, HealthCommand.class, WatchCommand.class,
                CommandLine.HelpCommand.class})
public final class RootCommand implements Callable<Integer> {
    private final CliEnvironment environment;
    private PluginSet plugins;
    private final List<AutoCloseable> resources = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of dialect plugin jars and JDBC drivers (default: the plugins folder of the "
                    + "installation).")
    Path pluginDir;

    /** The root of a run with this environment. */
    public RootCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /** Without a subcommand: the usage on standard error and exit code 1. */
    @Override
    public Integer call() {
        environment.err().println("error: missing command (see 'schema-discovery --help')");
        return ExitCodes.USAGE;
    }

    CliEnvironment environment() {
        return environment;
    }

    /** Closes the resource (a cache store's connection pool) when the run ends. */
    <T extends AutoCloseable> T closeAtEnd(T resource) {
        resources.add(resource);
        return resource;
    }

    /** Closes what {@link #closeAtEnd} was given, newest first; a failure to close is not the run's failure. */
    void closeResources() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                // the run's outcome is already decided; nothing useful to say about a pool that would not close
            }
        }
        resources.clear();
    }

    /** The plugins folder's jars, loaded on first use; skipped jars are reported once as warnings. */
    PluginSet plugins() {
        if (plugins == null) {
            if (pluginDir != null) {
                requireJars(pluginDir);
            }
            Path dir = pluginDir != null ? pluginDir : environment.pluginDir();
            if (dir == null) {
                plugins = PluginSet.none();
            } else if (environment.moduleMode()) {
                Module cli = RootCommand.class.getModule();
                ModuleLayer parent = cli.getLayer() == null ? ModuleLayer.boot() : cli.getLayer();
                plugins = new PluginLoader().loadLayer(dir, parent, RootCommand.class.getClassLoader());
            } else {
                plugins = new PluginLoader().loadClassPath(dir, RootCommand.class.getClassLoader(),
                        System.getProperty("java.class.path", ""));
            }
            warn(plugins.problems());
        }
        return plugins;
    }

    /** A {@code --plugins} folder that is missing or holds no jar is a mistake worth stopping for (exit 1). */
    private static void requireJars(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw CliException.usage("--plugins " + dir + ": " + (Files.exists(dir) ? "not a folder"
                    : "no such folder"));
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.noneMatch(p -> p.getFileName().toString().endsWith(".jar"))) {
                throw CliException.usage("--plugins " + dir + ": the folder holds no jar (expected dialect plugin"
                        + " jars and their JDBC drivers)");
            }
        } catch (IOException e) {
            throw CliException.usage("--plugins " + dir + ": cannot list the folder: " + e.getMessage());
        }
    }

    /** Prints each line as a warning on standard error. */
    void warn(List<String> problems) {
        for (String problem : problems) {
            environment.err().println("warning: " + problem);
        }
        environment.err().flush();
    }
}
