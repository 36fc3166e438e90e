package org.schemadiscovery.cli.command;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.json.JsonCodec;
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
                "The source is a JDBC URL or a JSON snapshot written by 'discover --format json'."})
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
        SchemaInfo schema;
        SchemaDiscovery discovery;
        if (connection.url != null && connection.url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            CommandDiscovery.Result result = CommandDiscovery.run(root, connection, run, redactor());
            schema = result.schema();
            discovery = result.discovery();
        } else {
            schema = onlySchemas(readSnapshot(Path.of(connection.url)), connection.schemas);
            discovery = CommandDiscovery.builder(root).build();
        }
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

    private static SchemaInfo readSnapshot(Path file) {
        if (!Files.isRegularFile(file)) {
            throw CliException.usage("source '" + file + "' is neither a JDBC URL nor a snapshot file");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new JsonCodec().read(in);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(file + " is not a schema snapshot: " + e.getMessage());
        } catch (IOException e) {
            throw CliException.usage("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** A snapshot narrowed to the schemas matching any glob (all when none is given). */
    static SchemaInfo onlySchemas(SchemaInfo s, List<String> globs) {
        if (globs.isEmpty()) {
            return s;
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String g : globs) {
            patterns.add(Pattern.compile(Pattern.quote(g).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q")));
        }
        Predicate<String> keep = name -> name != null && patterns.stream().anyMatch(p -> p.matcher(name).matches());
        Predicate<TableRef> in = ref -> keep.test(ref.schema());
        return new SchemaInfo(s.identity(), s.capabilities(), s.schemas().stream().filter(keep).toList(),
                s.tables().stream().filter(t -> in.test(t.ref())).toList(),
                s.views().stream().filter(v -> in.test(v.ref())).toList(),
                s.sequences().stream().filter(q -> in.test(q.ref())).toList(),
                s.types().stream().filter(t -> in.test(t.ref())).toList(),
                s.routines().stream().filter(r -> in.test(r.ref())).toList(),
                s.extensions(), s.relationships().stream().filter(r -> in.test(r.from())).toList(),
                s.recommendations(), s.warnings(), s.metrics(),
                s.schemaDetails().stream().filter(d -> keep.test(d.name())).toList());
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
