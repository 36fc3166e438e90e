package org.schemadiscovery.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import org.schemadiscovery.api.diff.DiffOptions;
import org.schemadiscovery.api.diff.SchemaChange;
import org.schemadiscovery.cli.format.DiffFormatter;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.SchemaDiscovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code diff <from> <to>}: what changed between two schemas, each a JDBC URL, a JSON snapshot or a .sql file. Exit 0
 * with or without differences; with {@code --exit-code}, 4 when there are some.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare two schemas and list what changed from <from> to <to>.",
                "Each side is a JDBC URL, a JSON snapshot written by 'discover --format json', or a .sql DDL file "
                        + "(loaded into a scratch database: --dev-url for PostgreSQL and MySQL/MariaDB, a temporary "
                        + "file for SQLite; its dialect is the other side's or --dialect)."})
public final class DiffCommand implements Callable<Integer>, RunCommand {
    @ParentCommand
    RootCommand root;

    @Mixin
    ComparisonOptions sides;

    @Option(names = "--exit-code", description = "Exit with 4 when the schemas differ (a CI drift check).")
    boolean exitCode;

    @Mixin
    ReadOptions read;
    @Mixin
    OutputOptions.Report output;
    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        DiffOptions options = sides.diffOptions();
        SchemaDiscovery discovery = CommandDiscovery.discovery(root, read, run, redactor());
        ComparedSchemas schemas = ComparedSchemas.read(root, discovery, sides, read, run, redactor());
        List<SchemaChange> changes;
        try {
            changes = discovery.compare(schemas.from(), schemas.to(), options);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        DiffFormatter.Sides formatted = new DiffFormatter.Sides(schemas.from().identity().url(),
                schemas.to().identity().url(), schemas.dialect());
        Output.write(root.environment(), output.output, DiffFormatter.format(output.format(), formatted, changes));
        return exitCode && !changes.isEmpty() ? ExitCodes.DIFFERENCES : ExitCodes.OK;
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
