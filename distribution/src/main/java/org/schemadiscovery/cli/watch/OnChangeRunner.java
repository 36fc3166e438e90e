package org.schemadiscovery.cli.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * {@code --on-change CMD}: runs the command through {@code sh -c} with the event on its standard input, one at a
 * time in the order of the events, each within a timeout. A command that fails, cannot start or runs too long is
 * logged on standard error (and killed when late); the watch goes on. Its output goes to standard error, so that
 * standard output stays one event per line.
 */
final class OnChangeRunner implements AutoCloseable {
    private final String command;
    private final Duration timeout;
    private final PrintWriter err;
    private final UnaryOperator<String> redact;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "schema-discovery-on-change");
        t.setDaemon(true);
        return t;
    });

    OnChangeRunner(String command, Duration timeout, PrintWriter err, UnaryOperator<String> redact) {
        this.command = command;
        this.timeout = timeout;
        this.err = err;
        this.redact = redact;
    }

    /** Queues one run with this event on standard input. */
    void submit(String event) {
        queue.execute(() -> runOnce(event));
    }

    private void runOnce(String event) {
        Process process;
        try {
            process = new ProcessBuilder(List.of("sh", "-c", command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            log("cannot start the on-change command: " + e.getMessage());
            return;
        }
        Thread pump = pump(process.getInputStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(event.getBytes(StandardCharsets.UTF_8));
            in.write('\n');
        } catch (IOException e) {
            // the command need not read its input
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                // The shell first: killed children first would let it run its next command.
                List<ProcessHandle> children = process.descendants().toList();
                process.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                log("the on-change command ran longer than " + timeout.toMillis() + " ms and was killed");
            } else if (process.exitValue() != 0) {
                log("the on-change command failed with exit code " + process.exitValue());
            }
            pump.join(1000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private Thread pump(InputStream output) {
        Thread t = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    log("on-change: " + line);
                }
            } catch (IOException e) {
                // the process went away
            }
        }, "schema-discovery-on-change-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void log(String line) {
        synchronized (err) {
            err.println(redact.apply("watch: " + line));
            err.flush();
        }
    }

    /** Runs what is queued, takes no more, and waits up to {@code wait} for it; true when all ran. */
    boolean drain(Duration wait) {
        queue.shutdown();
        try {
            return queue.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops taking runs; a running command is left to its timeout (its thread is a daemon). */
    @Override
    public void close() {
        queue.shutdownNow();
    }
}
