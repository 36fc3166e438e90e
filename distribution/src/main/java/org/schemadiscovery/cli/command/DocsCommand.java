package org.schemadiscovery.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.site.SiteGenerator;
import org.schemadiscovery.site.SiteOptions;
import org.schemadiscovery.site.SiteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code docs <source> --output DIR}: a static HTML documentation site from a live database or a JSON snapshot. */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a static, self-contained HTML documentation site with ER diagrams.",
                "The source is a JDBC URL, a JSON snapshot written by 'discover --format json' or a .sql file."})
public final class DocsCommand implements Callable<Integer>, RunCommand {
    @ParentCommand
    RootCommand root;
    @Mixin
    ConnectionOptions connection;
    @Mixin
    RunOptions run;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Folder to write the site into (created if missing; open DIR/index.html).")
    Path output;

    @Option(names = "--title", paramLabel = "TEXT", description = "The site's title (default: the database's).")
    String title;

    @Override
    public Integer call() {
        CommandDiscovery.Result result = CommandDiscovery.run(root, connection, run, redactor());
        SchemaInfo schema = result.schema();
        SchemaDiscovery discovery = result.discovery();
        String dialect = schema.identity().dialect();
        DdlRenderer ddl = dialect == null ? null : discovery.renderer(dialect).orElse(null);
        String siteTitle = title != null ? title : schema.identity().product() + " schema";
        SiteReport report;
        try {
            Files.createDirectories(output);
            report = new SiteGenerator(SiteOptions.of(siteTitle, ddl)).generate(schema, output);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot write the site to " + output + ": " + e.getMessage());
        }
        root.environment().err().println("wrote " + report.files() + " files (" + report.bytes() / 1024
                + " KiB) to " + output + "; open " + report.index());
        root.environment().err().flush();
        return ExitCodes.OK;
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
