package org.schemadiscovery.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.schemadiscovery.cli.security.Redactor;

/**
 * What a CLI run talks to, so tests can run it in-process with captured streams and a fake environment.
 *
 * @param out        standard output (documents)
 * @param err        standard error (warnings, progress, errors)
 * @param env        environment variables, e.g. {@code System::getenv}
 * @param pluginDir  default plugins folder, or null for none
 * @param moduleMode true when the CLI runs as a named module: plugins then load into a child module layer
 * @param redactor   the run's secrets; {@code Main} also filters the process's own output streams through it
 * @param terminal   where to ask for confirmation, or null when the run has no terminal
 * @param stops      how a long-running command hears it should stop: signals for {@code Main}, none in-process
 */
public record CliEnvironment(PrintWriter out, PrintWriter err, Function<String, String> env, Path pluginDir,
                             boolean moduleMode, Redactor redactor, Terminal terminal, StopRequests stops) {
    public CliEnvironment {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(redactor, "redactor");
        Objects.requireNonNull(stops, "stops");
    }

    /** Without stop requests: an in-process run. */
    public CliEnvironment(PrintWriter out, PrintWriter err, Function<String, String> env, Path pluginDir,
                          boolean moduleMode, Redactor redactor, Terminal terminal) {
        this(out, err, env, pluginDir, moduleMode, redactor, terminal, StopRequests.NONE);
    }

    /** Without a terminal. */
    public CliEnvironment(PrintWriter out, PrintWriter err, Function<String, String> env, Path pluginDir,
                          boolean moduleMode, Redactor redactor) {
        this(out, err, env, pluginDir, moduleMode, redactor, null);
    }

    /** With a redactor of its own, without a terminal. */
    public CliEnvironment(PrintWriter out, PrintWriter err, Function<String, String> env, Path pluginDir,
                          boolean moduleMode) {
        this(out, err, env, pluginDir, moduleMode, new Redactor(), null);
    }
}
