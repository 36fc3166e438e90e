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
 */
public record CliEnvironment(PrintWriter out, PrintWriter err, Function<String, String> env, Path pluginDir,
                             boolean moduleMode, Redactor redactor) {
    public CliEnvironment {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(redactor, "redactor");
    }

    /** With a redactor of its own. */
    public CliEnvironment(PrintWriter out, PrintWriter err, Function<String, String> env, Path pluginDir,
                          boolean moduleMode) {
        this(out, err, env, pluginDir, moduleMode, new Redactor());
    }
}
