package org.schemadiscovery.cli.command;

/** The CLI's exit codes. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** Bad command line: unknown command or option, malformed URL, unknown format or dialect. */
    public static final int USAGE = 1;
    /** Could not connect: no driver, unreachable server, refused credentials, missing database file. */
    public static final int CONNECTION = 2;
    /** Connected, but discovery (or rendering its result) failed. */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
