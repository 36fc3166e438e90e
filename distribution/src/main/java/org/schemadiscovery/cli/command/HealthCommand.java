package org.schemadiscovery.cli.command;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.schemadiscovery.cli.format.HealthFormatter;
import org.schemadiscovery.cli.security.Redactor;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.health.HealthOptions;
import org.schemadiscovery.core.health.HealthResult;
import org.schemadiscovery.core.source.SchemaSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code health <url>}: connect, open a read-only snapshot, read the scope's schemas and take the fingerprint.
 * Exit 0 UP, 7 DEGRADED, 2 DOWN, 3 UNKNOWN.
 */
@Command(name = "health", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check a database: connect, open a read-only snapshot, read the schemas in scope and take "
                + "the schema fingerprint, within --timeout (default 10 s).",
                "Exit 0 UP, 7 DEGRADED (part of the scope unreadable), 2 DOWN (no connection or no answer), "
                        + "3 UNKNOWN."})
public final class HealthCommand implements Callable<Integer>, RunCommand {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    @ParentCommand
    RootCommand root;
    @Mixin
    ConnectionOptions connection;
    @Mixin
    OutputOptions.Listing output;
    @Mixin
    RunOptions run;

    @Override
    public Integer call() {
        SchemaSource.Jdbc target = CommandDiscovery.jdbc(new CommandDiscovery.Side(connection.url, connection.user,
                connection.passwordEnv, "--password-env"), root.environment(), redactor());
        SchemaDiscovery discovery = CommandDiscovery.discovery(root, connection.read, run, redactor());
        Duration timeout = connection.read.timeout != null ? connection.read.timeout : DEFAULT_TIMEOUT;
        Properties info = new Properties();
        info.putAll(target.properties());
        HealthResult result = discovery.health(target.url(), info, HealthOptions.timeout(timeout));
        Output.write(root.environment(), output.output, redactor().redact(HealthFormatter.format(output.format(),
                result)));
        return exitCode(result);
    }

    static int exitCode(HealthResult result) {
        return switch (result.status()) {
            case UP -> ExitCodes.OK;
            case DEGRADED -> ExitCodes.DEGRADED;
            case DOWN -> ExitCodes.CONNECTION;
            case UNKNOWN -> ExitCodes.FAILED;
        };
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
