package org.schemadiscovery.cli.command;

/** A failure the CLI reports with its own one-line message and exit code. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    /** With an exit code from {@link ExitCodes} and a one-line message. */
    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A usage error (exit code 1). */
    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    /** The exit code. */
    public int exitCode() {
        return exitCode;
    }
}
