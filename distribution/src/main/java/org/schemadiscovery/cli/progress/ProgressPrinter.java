package org.schemadiscovery.cli.progress;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.cli.security.Redactor;

/**
 * {@code --progress}: one line per phase start, end (with the number of objects and the time taken) and retry,
 * on standard error. One instance per run; called on the discovering thread.
 */
public final class ProgressPrinter implements DiscoveryListener {
    private final PrintWriter err;
    private final Redactor redactor;
    private final LongSupplier nanoClock;
    private final Map<String, Long> started = new HashMap<>();

    /** Prints to {@code err}, masking secrets, timing with {@code nanoClock} (e.g. {@code System::nanoTime}). */
    public ProgressPrinter(PrintWriter err, Redactor redactor, LongSupplier nanoClock) {
        this.err = err;
        this.redactor = redactor;
        this.nanoClock = nanoClock;
    }

    /** A step of the CLI itself, such as loading plugins or connecting. */
    public void step(String message) {
        line(message);
    }

    @Override
    public void phaseStarted(String phase) {
        started.put(phase, nanoClock.getAsLong());
        line(phase + " ...");
    }

    @Override
    public void phaseFinished(String phase, int items) {
        Long start = started.remove(phase);
        String time = start == null ? "" : " in " + (nanoClock.getAsLong() - start) / 1_000_000 + " ms";
        line(phase + ": " + items + (items == 1 ? " object" : " objects") + time);
    }

    @Override
    public void retrying(String phase, int attempt, Exception cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        line(phase + ": retry " + attempt + " after: " + why.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    private void line(String text) {
        err.println("progress: " + redactor.redact(text));
        err.flush();
    }
}
