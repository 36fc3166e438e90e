package org.schemadiscovery.cli.command;

import picocli.CommandLine.Option;

/** Options about how a run reports itself: {@code --verbose}, {@code --progress}, {@code --metrics}. */
public final class RunOptions {
    @Option(names = {"-v", "--verbose"}, description = "Debug logging and stack traces on errors.")
    boolean verbose;

    @Option(names = "--progress", description = "Print discovery phases and counts on standard error.")
    boolean progress;

    @Option(names = "--metrics", description = "Print statements, rows and time per phase on standard error, "
            + "and keep them (with the statement texts) under metrics in JSON output; without it two runs on an "
            + "unchanged database give the same bytes.")
    boolean metrics;

    /** True with {@code --verbose}. */
    public boolean verbose() {
        return verbose;
    }
}
