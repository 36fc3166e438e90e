package org.schemadiscovery.cli.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(new PrintWriter(out), new PrintWriter(err), env::get, null,
                false);
        int code = new Cli(environment).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }
}
