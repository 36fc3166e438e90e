package org.schemadiscovery.tck.testcontainers;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/** Asks Testcontainers once per JVM whether a Docker engine answers, bounded by {@link #LIMIT}. */
final class DockerProbe {
    private static final Logger LOG = LoggerFactory.getLogger(DockerProbe.class);
    /** How long the kit waits for an answer before treating Docker as unavailable. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    private DockerProbe() {
    }

    /** True when Docker answered within {@link #LIMIT}; asked on first use, then the same answer for the JVM. */
    static boolean available() {
        return Answer.AVAILABLE;
    }

    /** How long the first {@link #available()} took to answer (the once-per-JVM check). */
    static Duration firstAnswerTook() {
        return Answer.TOOK;
    }

    /**
     * Runs {@code check} on a daemon thread and returns its answer, or false when it throws or has not answered
     * within {@code limit} (a hanging check is left behind, never waited for).
     */
    static boolean answersWithin(BooleanSupplier check, Duration limit) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                answer.complete(check.getAsBoolean());
            } catch (RuntimeException | LinkageError e) {
                answer.completeExceptionally(e);
            }
        }, "tck-docker-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info("Docker did not answer within {}: the Testcontainers provisioner is unavailable", limit);
            return false;
        } catch (ExecutionException e) {
            LOG.info("Docker check failed, the Testcontainers provisioner is unavailable: {}", e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean askTestcontainers() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    // Holder idiom: every ServiceLoader pass creates new provisioner instances, yet Docker is asked once per JVM.
    // The check must not be a lambda in this initializer: the probe thread would wait for Answer's initialization,
    // which waits for the probe thread, and every run would end in the timeout.
    private static final class Answer {
        private static final long START = System.nanoTime();
        static final boolean AVAILABLE = answersWithin(DockerProbe::askTestcontainers, LIMIT);
        static final Duration TOOK = Duration.ofNanos(System.nanoTime() - START);
    }
}
