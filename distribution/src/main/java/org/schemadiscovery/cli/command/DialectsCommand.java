package org.schemadiscovery.cli.command;

import java.sql.Driver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.schemadiscovery.cli.format.JsonText;
import org.schemadiscovery.cli.format.OutputFormat;
import org.schemadiscovery.cli.format.TextTable;
import org.schemadiscovery.cli.plugin.PluginSet;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.registry.DialectPlugin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code dialects}: the dialect plugins and JDBC drivers this installation can use, and where they came from. */
@Command(name = "dialects", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the available dialects and JDBC drivers.")
public final class DialectsCommand implements Callable<Integer>, RunCommand {
    @ParentCommand
    RootCommand root;
    @Mixin
    OutputOptions.Listing output;
    @Mixin
    RunOptions run;

    /**
     * A JDBC driver found.
     *
     * @param className driver class
     * @param source    its module, or its jar on the class path
     */
    record DriverEntry(String className, String source) {
    }

    @Override
    public Integer call() {
        PluginSet plugins = root.plugins();
        var builder = SchemaDiscovery.builder();
        if (plugins.layer() != null) {
            builder.serviceLayer(plugins.layer());
        }
        if (plugins.classLoader() != null) {
            builder.classLoader(plugins.classLoader());
        }
        SchemaDiscovery discovery = builder.build();
        root.warn(discovery.registry().problems());
        List<DialectPlugin> dialects = discovery.registry().dialects().stream()
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        List<DriverEntry> drivers = drivers(plugins);
        String document = output.format() == OutputFormat.JSON ? json(dialects, drivers) : text(dialects, drivers);
        Output.write(root.environment(), output.output, document);
        return ExitCodes.OK;
    }

    static String text(List<DialectPlugin> dialects, List<DriverEntry> drivers) {
        StringBuilder out = new StringBuilder();
        TextTable t = new TextTable().row("Dialect", "DDL", "Origin");
        for (DialectPlugin d : dialects) {
            t.row(d.id(), d.renderer().isPresent() ? "yes" : "no", d.origin());
        }
        t.appendTo(out, "");
        out.append("\nJDBC drivers:\n");
        if (drivers.isEmpty()) {
            out.append("  none\n");
        }
        TextTable dt = new TextTable();
        drivers.forEach(d -> dt.row(d.className(), d.source()));
        dt.appendTo(out, "  ");
        return out.toString();
    }

    static String json(List<DialectPlugin> dialects, List<DriverEntry> drivers) {
        StringBuilder out = new StringBuilder("{\n  \"dialects\": [");
        for (int i = 0; i < dialects.size(); i++) {
            DialectPlugin d = dialects.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(JsonText.string(d.id()))
                    .append(", \"ddl\": ").append(d.renderer().isPresent()).append(", \"origin\": ")
                    .append(JsonText.string(d.origin())).append('}');
        }
        out.append(dialects.isEmpty() ? "],\n" : "\n  ],\n").append("  \"drivers\": [");
        for (int i = 0; i < drivers.size(); i++) {
            DriverEntry d = drivers.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"class\": ").append(JsonText.string(d.className()))
                    .append(", \"source\": ").append(JsonText.string(d.source())).append('}');
        }
        return out.append(drivers.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** Drivers from the plugin layer or loader and the application itself, without instantiating them. */
    private static List<DriverEntry> drivers(PluginSet plugins) {
        List<ServiceLoader<Driver>> loaders = new ArrayList<>();
        if (plugins.layer() != null) {
            loaders.add(ServiceLoader.load(plugins.layer(), Driver.class));
        }
        if (plugins.classLoader() != null) {
            loaders.add(ServiceLoader.load(Driver.class, plugins.classLoader()));
        }
        loaders.add(ServiceLoader.load(Driver.class, DialectsCommand.class.getClassLoader()));
        Map<String, DriverEntry> found = new LinkedHashMap<>();
        for (ServiceLoader<Driver> loader : loaders) {
            try {
                loader.stream().forEach(p -> found.putIfAbsent(p.type().getName(),
                        new DriverEntry(p.type().getName(), source(p.type()))));
            } catch (ServiceConfigurationError e) {
                // A broken driver declaration does not hide the others from other loaders; core reports it on use.
            }
        }
        return found.values().stream().sorted((a, b) -> a.className().compareTo(b.className())).toList();
    }

    private static String source(Class<?> type) {
        Module m = type.getModule();
        if (m.isNamed()) {
            return "module " + m.getName();
        }
        var cs = type.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return "class path";
        }
        String path = cs.getLocation().getPath();
        return "class path " + path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
    }

    @Override
    public RunOptions runOptions() {
        return run;
    }

    @Override
    public Redactor redactor() {
        return root.environment().redactor();
    }
}
