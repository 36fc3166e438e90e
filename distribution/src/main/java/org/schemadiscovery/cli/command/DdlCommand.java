package org.schemadiscovery.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import org.schemadiscovery.api.spi.DdlOptions;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.cli.format.JsonText;
import org.schemadiscovery.cli.format.OutputFormat;
import org.schemadiscovery.cli.security.Redactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ddl <source>}: the discovered schema rendered back to DDL by the dialect's renderer. */
@Command(name = "ddl", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Discover a database and print DDL that recreates its schema.")
public final class DdlCommand implements Callable<Integer>, RunCommand {
    @ParentCommand
    RootCommand root;
    @Mixin
    ConnectionOptions connection;
    @Mixin
    OutputOptions.Script output;
    @Mixin
    RunOptions run;
    @Option(names = "--owners", description = "Also write each object's owner (ALTER ... OWNER TO): the roles must"
            + " exist where the script runs.")
    boolean owners;
    @Option(names = "--privileges", description = "Also write the privileges granted on each object (GRANT, and"
            + " REVOKE of defaults the source lacks): the roles must exist where the script runs.")
    boolean privileges;

    @Override
    public Integer call() {
        CommandDiscovery.Result result = CommandDiscovery.run(root, connection, run, redactor());
        String dialect = result.schema().identity().dialect();
        DdlRenderer renderer = result.discovery().renderer(dialect).orElseThrow(() -> new CliException(
                ExitCodes.FAILED, "dialect '" + dialect + "' has no DDL renderer"));
        List<String> statements = renderer.script(result.schema(), new DdlOptions(owners, privileges));
        Output.write(root.environment(), output.output, render(output.format(), dialect, statements));
        return ExitCodes.OK;
    }

    /**
     * SQL: the script the dialect's client runs ({@link SqlScript}); JSON: an object with one element per statement;
     * Markdown: the text script in a SQL block.
     */
    static String render(OutputFormat format, String dialect, List<String> statements) {
        StringBuilder out = new StringBuilder();
        if (format == OutputFormat.JSON) {
            out.append("{\n  \"dialect\": ").append(JsonText.string(dialect)).append(",\n  \"statements\": [");
            for (int i = 0; i < statements.size(); i++) {
                out.append(i == 0 ? "\n    " : ",\n    ").append(JsonText.string(statements.get(i)));
            }
            return out.append(statements.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
        }
        String script = SqlScript.of(dialect, statements);
        if (format == OutputFormat.MARKDOWN) {
            String fence = script.contains("```") ? "~~~~" : "```";
            return "# DDL (" + dialect + ")\n\n" + fence + "sql\n" + script + fence + "\n";
        }
        return script;
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
