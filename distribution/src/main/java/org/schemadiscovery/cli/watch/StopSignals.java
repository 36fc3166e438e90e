package org.schemadiscovery.cli.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM for a command that runs until it is told to stop: instead of ending the JVM at once
 * (exit 130 or 143, with the command's own clean-up racing the exit), a signal runs {@code stop}, and the command then
 * closes what it opened and returns its exit code as usual. When {@code stop} says it did not manage, the JVM is
 * ended as the signal would have ended it.
 *
 * <p>A signal the process was started ignoring stays ignored (the JVM keeps it so: a background job of a
 * non-interactive shell ignores SIGINT, {@code nohup} SIGHUP). Where the JVM refuses a handler ({@code -Xrs}) the
 * signal keeps its default; the caller's shutdown hook is then what stops the command. {@link #close()} puts the
 * previous handlers back.
 */
public final class StopSignals implements AutoCloseable {
    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private record Installed(Signal signal, SignalHandler previous) {
    }

    private final List<Installed> installed;

    private StopSignals(List<Installed> installed) {
        this.installed = installed;
    }

    /**
     * Catches SIGINT and SIGTERM until {@link #close()}.
     *
     * @param stop asks the command to end and waits a bounded time for it; false when it did not end
     */
    public static StopSignals install(BooleanSupplier stop) {
        SignalHandler handler = signal -> {
            if (!stop.getAsBoolean()) {
                Runtime.getRuntime().exit(128 + signal.getNumber());
            }
        };
        List<Installed> installed = new ArrayList<>();
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            try {
                installed.add(new Installed(signal, Signal.handle(signal, handler)));
            } catch (IllegalArgumentException refused) {
                // -Xrs, or a platform without this signal: the default stays, the shutdown hook stops the command
            }
        }
        return new StopSignals(List.copyOf(installed));
    }

    /** Puts back the handlers that were there before. */
    @Override
    public void close() {
        for (Installed i : installed) {
            try {
                Signal.handle(i.signal(), i.previous());
            } catch (IllegalArgumentException e) {
                // cannot happen for a signal it could catch; nothing else to restore
            }
        }
    }
}
