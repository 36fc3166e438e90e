package org.schemadiscovery.core.run;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.schemadiscovery.api.exception.DiscoveryFailedException;
import org.schemadiscovery.api.exception.DiscoveryTimeoutException;
import org.schemadiscovery.api.model.ErrorClass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a discovery on a worker thread and makes the deadline hold even when a driver or plugin blocks: at the
 * deadline it runs the cancel hook (cancel statements, abort owned connections), interrupts the worker, waits a short
 * grace period for its cleanup when the hook says there is some, and throws {@link DiscoveryTimeoutException}.
 */
public final class DeadlineGuard {
    private static final Logger LOG = LoggerFactory.getLogger(DeadlineGuard.class);
    private static final Duration GRACE = Duration.ofSeconds(2);

    private DeadlineGuard() {
    }

    /**
     * Runs {@code body} and returns its result, or throws its exception unchanged.
     *
     * @param body     the discovery
     * @param deadline when it must have ended
     * @param timeout  the configured timeout, for the message
     * @param onTimeout cancels whatever the worker is waiting on; true when the worker has cleanup worth waiting
     *                  for (false while it is still connecting: nothing is open yet, and a silent server would
     *                  only add the grace period to the wait)
     */
    public static <T> T run(Callable<T> body, Instant deadline, Duration timeout, BooleanSupplier onTimeout) {
        FutureTask<T> task = new FutureTask<>(body);
        Thread worker = new Thread(task, "schema-discovery");
        worker.setDaemon(true);
        worker.start();
        try {
            long wait = Math.max(0, Duration.between(Instant.now(), deadline).toNanos());
            return task.get(wait, TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            LOG.atDebug().addKeyValue("timeout", timeout).log("discovery deadline passed; cancelling");
            boolean cleanup = cancel(onTimeout);
            worker.interrupt();
            try {
                if (cleanup) {
                    task.get(GRACE.toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.atDebug().addKeyValue("error", e.toString()).log("worker ended after the deadline");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new DiscoveryTimeoutException("discovery exceeded its deadline of " + timeout);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new DiscoveryFailedException(ErrorClass.OTHER, "discovery failed: " + cause, cause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            cancel(onTimeout);
            worker.interrupt();
            throw new DiscoveryFailedException(ErrorClass.OTHER, "discovery was interrupted", interrupted);
        }
    }

    private static boolean cancel(BooleanSupplier onTimeout) {
        try {
            return onTimeout.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.atDebug().addKeyValue("error", e.toString()).log("cancel hook failed");
            return true;
        }
    }
}
