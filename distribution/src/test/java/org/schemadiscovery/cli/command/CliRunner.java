package org.schemadiscovery.cli.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.schemadiscovery.cli.security.Redactor;

/** Runs the CLI in-process with captured streams and a fake environment. */
final class CliRunner {
    /**
     * What a run printed and returned.
     *
     * @param exitCode exit code
     * @param out      standard output
     * @param err      standard error
     */
    record Result(int exitCode, String out, String err) {
        /** Both streams, for "never printed anywhere" checks. */
        String all() {
            return out + err;
        }
    }

    private CliRunner() {
    }

    static Result run(Map<String, String> env, String... args) {
        return run(null, env, args);
    }

    /** With a terminal (a test double answering the questions), or null for none. */
    static Result run(Terminal terminal, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), env::get, null,
                false, new Redactor(), terminal);
        int code = new Cli(environment).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }
}
