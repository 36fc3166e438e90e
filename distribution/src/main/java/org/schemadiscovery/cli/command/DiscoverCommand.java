package org.schemadiscovery.cli.command;

import java.util.concurrent.Callable;
import org.schemadiscovery.cli.format.SchemaFormatter;
import org.schemadiscovery.cli.security.Redactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code discover <source>}: the whole schema in the chosen format. */
@Command(name = "discover", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Discover a database's schema and print it.")
public final class DiscoverCommand implements Callable<Integer>, RunCommand {
    @ParentCommand
    RootCommand root;
    @Mixin
    ConnectionOptions connection;
    @Mixin
    OutputOptions.Schema output;
    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        CommandDiscovery.Result result = CommandDiscovery.run(root, connection, run, redactor());
        SchemaFormatter formatter = output.format().formatter();
        Output.write(root.environment(), output.output, out -> formatter.write(result.schema(), out),
                out -> formatter.write(result.schema(), out));
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
