package org.schemadiscovery.cli.command;

import java.util.function.BooleanSupplier;

/**
 * How a command that runs until it is told to stop ({@code watch}) hears that it should. The launcher's
 * {@code Main} turns SIGINT, SIGTERM and the JVM's shutdown into requests; a run inside another program (a test, an
 * embedding) gets {@link #NONE}, so the CLI never replaces that program's process-wide signal handlers, and ends the
 * command by interrupting its thread or through a {@code StopRequests} of its own.
 */
@FunctionalInterface
public interface StopRequests {
    /** No requests: the command ends when its thread is interrupted. */
    StopRequests NONE = stop -> () -> {
    };

    /**
     * Calls {@code stop} on each request until the returned registration is closed.
     *
     * @param stop asks the command to end and waits a bounded time for it; false when it did not end
     */
    Registration register(BooleanSupplier stop);

    /** Ends a {@link #register} (puts back whatever the requests replaced). */
    @FunctionalInterface
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
