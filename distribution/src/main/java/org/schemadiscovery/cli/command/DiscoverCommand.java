package org.schemadiscovery.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.cli.format.JsonFormatter;
import org.schemadiscovery.cli.format.OutputFormat;
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
        if (output.format() == OutputFormat.JSON) {
            return json();
        }
        write(output.format().formatter(), CommandDiscovery.run(root, connection, run, redactor()).schema());
        return ExitCodes.OK;
    }

    private void write(SchemaFormatter formatter, SchemaInfo schema) {
        Output.write(root.environment(), output.output, out -> formatter.write(schema, out),
                out -> formatter.write(schema, out));
    }

    /** JSON: a cache hit kept as bytes is written from them, its model not built for that. */
    private int json() {
        CommandDiscovery.JsonResult result = CommandDiscovery.runForJson(root, connection, run, redactor());
        JsonFormatter formatter = new JsonFormatter();
        CommandDiscovery.StoredHit hit = result.stored();
        if (hit == null) {
            write(formatter, result.schema());
            return ExitCodes.OK;
        }
        List<List<DiscoveryWarning>> warnings = new ArrayList<>(1);
        Output.write(root.environment(), output.output,
                out -> warnings.add(formatter.writeStored(hit.snapshot(), hit.edits(), out)),
                out -> warnings.add(formatter.writeStored(hit.snapshot(), hit.edits(), out)));
        CommandDiscovery.reportStored(root, result.discovery(), hit, warnings.get(0), connection.read, run,
                redactor());
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
