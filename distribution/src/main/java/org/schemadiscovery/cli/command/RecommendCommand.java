package org.schemadiscovery.cli.command;

import java.util.concurrent.Callable;
import org.schemadiscovery.cli.format.RecommendationsFormatter;
import org.schemadiscovery.cli.security.Redactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code recommend <source>}: only the recommendations (missing indexes on foreign keys, tables without keys...). */
@Command(name = "recommend", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Discover a database and print suggested fixes with their DDL.")
public final class RecommendCommand implements Callable<Integer>, RunCommand {
    @ParentCommand
    RootCommand root;
    @Mixin
    ConnectionOptions connection;
    @Mixin
    OutputOptions.Report output;
    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        CommandDiscovery.Result result = CommandDiscovery.run(root, connection, run, redactor());
        Output.write(root.environment(), output.output, RecommendationsFormatter.format(output.format(), result.schema().recommendations()));
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
