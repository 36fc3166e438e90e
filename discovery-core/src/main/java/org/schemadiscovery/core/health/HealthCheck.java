package org.schemadiscovery.core.health;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.schemadiscovery.api.exception.DiscoveryException;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.core.generic.GenericErrorClassifier;
import org.schemadiscovery.core.jdbc.CoreConnectionSource;
import org.schemadiscovery.core.jdbc.CountingJdbc;
import org.schemadiscovery.core.jdbc.StatementCounter;
import org.schemadiscovery.core.jdbc.Urls;
import org.schemadiscovery.core.registry.DialectPlugin;
import org.schemadiscovery.core.time.Durations;
import org.schemadiscovery.core.run.Identification;
import org.schemadiscovery.core.run.StatementTimeouts;
import org.schemadiscovery.core.run.FingerprintRun;

/**
 * One health check, the same for every dialect: connect, identify, open the dialect's read-only session (its
 * snapshot), list the schemas in scope and their details (which is where unreadable schemas show up as warnings),
 * take the fingerprint. PERMISSION or LOCKED warnings or errors make it DEGRADED, so does a last discovery over the
 * slow threshold; no connection or no answer makes it DOWN; any other failure UNKNOWN. It runs on a daemon thread
 * and the caller waits at most the timeout: at the deadline the connection is aborted and the result is DOWN.
 * Never throws for a database problem.
 */
public final class HealthCheck {
    private final CoreConnectionSource.Opener opener;
    private final String url;
    private final Function<DatabaseIdentity, DialectPlugin> chooser;
    private final DiscoveryOptions options;
    private final DiscoveryListener listener;

    /**
     * @param opener   opens a raw connection
     * @param url      the redacted URL, for the identity when the driver reports none, or null
     * @param chooser  the dialect for an identity (the facade's scoring or forced dialect)
     * @param options  the scope to check
     * @param listener told the fingerprint latency
     */
    public HealthCheck(CoreConnectionSource.Opener opener, String url, Function<DatabaseIdentity, DialectPlugin> chooser,
                       DiscoveryOptions options, DiscoveryListener listener) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.url = url;
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.options = FingerprintRun.oneConnection(Objects.requireNonNull(options, "options"));
        this.listener = listener == null ? DiscoveryListener.NONE : listener;
    }

    /** A DOWN or UNKNOWN result for a failure before anything was opened, such as a missing driver. */
    public static HealthResult failedBeforeConnecting(DiscoveryException e) {
        ErrorClass cls = e.errorClass() == null ? ErrorClass.OTHER : e.errorClass();
        HealthStatus status = cls == ErrorClass.CONNECTION ? HealthStatus.DOWN : HealthStatus.UNKNOWN;
        return new HealthResult(status, null, null, null, false, Map.of(), cls, e.getMessage());
    }

    /** Runs the check; returns within the timeout (plus thread scheduling). */
    public HealthResult run(HealthOptions health) {
        Objects.requireNonNull(health, "health");
        Instant deadline = Instant.now().plus(health.timeout());
        StatementCounter counter = new StatementCounter();
        CountingJdbc counting = new CountingJdbc(counter, new StatementTimeouts(deadline, health.timeout()));
        Progress progress = new Progress();
        FutureTask<HealthResult> task = new FutureTask<>(() -> check(health, deadline, counting, progress));
        Thread worker = new Thread(task, "schema-discovery-health");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(Math.max(0, Duration.between(Instant.now(), deadline).toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            abort(progress, counting);
            worker.interrupt();
            return progress.timedOut(health.timeout());
        } catch (ExecutionException e) {
            return progress.result(HealthStatus.UNKNOWN, ErrorClass.OTHER, "the health check failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(progress, counting);
            worker.interrupt();
            return progress.result(HealthStatus.UNKNOWN, ErrorClass.OTHER, "the health check was interrupted");
        }
    }

    private HealthResult check(HealthOptions health, Instant deadline, CountingJdbc counting, Progress progress) {
        long t0 = System.nanoTime();
        CoreConnectionSource source;
        try {
            source = CoreConnectionSource.opening(opener, counting);
        } catch (SQLException e) {
            return progress.result(HealthStatus.DOWN, ErrorClass.CONNECTION, "cannot connect: " + Urls.oneLine(e));
        } catch (RuntimeException e) {
            return progress.result(HealthStatus.DOWN, ErrorClass.CONNECTION, "cannot connect: " + e);
        }
        progress.source = source;
        try (source) {
            DatabaseIdentity identity;
            try {
                identity = Identification.identify(source.raw(), url);
            } catch (SQLException e) {
                ErrorClass cls = GenericErrorClassifier.classify(e);
                return progress.result(statusOf(cls), cls, "cannot read the database metadata: " + Urls.oneLine(e));
            }
            progress.connectNanos = System.nanoTime() - t0;
            progress.serverVersion = identity.product() + " " + identity.version();
            DialectPlugin plugin = chooser.apply(identity);
            progress.details.put("dialect", plugin.id());
            DiscoveryContext context = new DiscoveryContext(source, identity.withDialect(plugin.id()), options,
                    deadline, health.timeout(), listener, null);
            return inSession(plugin, context, health, progress, counting.counter());
        } catch (DiscoveryException e) {
            ErrorClass cls = e.errorClass() == null ? ErrorClass.OTHER : e.errorClass();
            return progress.result(statusOf(cls), cls, e.getMessage());
        }
    }

    private HealthResult inSession(DialectPlugin plugin, DiscoveryContext context, HealthOptions health,
                                   Progress progress, StatementCounter counter) {
        var scope = options.scope();
        try (DiscoverySession session = plugin.strategy().open(context)) {
            progress.snapshotOpened = true;
            List<String> schemas = session.schemas(scope);
            progress.details.put("schemas", schemas.size());
            List<DiscoveryWarning> warnings = session.schemaDetails(scope).warnings();
            long f0 = System.nanoTime();
            Optional<SchemaFingerprint> fingerprint = session.fingerprint(scope);
            progress.fingerprintNanos = System.nanoTime() - f0;
            listener.fingerprintTaken(plugin.id(), progress.fingerprintNanos);
            progress.details.put("fingerprint.supported", fingerprint.isPresent());
            fingerprint.ifPresent(f -> progress.details.put("fingerprint", f.digest()));
            progress.details.put("statements", counter.statements());
            List<DiscoveryWarning> unreadable = warnings.stream()
                    .filter(w -> w.errorClass() == ErrorClass.PERMISSION || w.errorClass() == ErrorClass.LOCKED)
                    .toList();
            for (int i = 0; i < unreadable.size(); i++) {
                progress.details.put("warning." + (i + 1), unreadable.get(i).message());
            }
            if (!unreadable.isEmpty()) {
                return progress.result(HealthStatus.DEGRADED, null, unreadable.size()
                        + " part(s) of the scope cannot be read: " + unreadable.get(0).message());
            }
            Optional<Duration> last = health.lastDiscovery().get();
            if (health.slowThreshold() != null && last.isPresent() && last.get().compareTo(health.slowThreshold()) > 0) {
                progress.details.put("lastDiscoveryMillis", last.get().toMillis());
                return progress.result(HealthStatus.DEGRADED, null, "the last discovery took "
                        + Durations.human(last.get()) + ", over the slow threshold of "
                        + Durations.human(health.slowThreshold()));
            }
            return progress.result(HealthStatus.UP, null, null);
        } catch (SQLException e) {
            ErrorClass cls = classify(plugin, e);
            HealthStatus status = cls == ErrorClass.PERMISSION || cls == ErrorClass.LOCKED ? HealthStatus.DEGRADED
                    : statusOf(cls);
            return progress.result(status, cls, (progress.snapshotOpened ? "" : "cannot open a read-only snapshot: ")
                    + Urls.oneLine(e));
        }
    }

    private static ErrorClass classify(DialectPlugin plugin, SQLException e) {
        try {
            ErrorClass cls = plugin.strategy().classify(e);
            return cls == null ? ErrorClass.OTHER : cls;
        } catch (RuntimeException failed) {
            return GenericErrorClassifier.classify(e);
        }
    }

    private static HealthStatus statusOf(ErrorClass cls) {
        return cls == ErrorClass.CONNECTION || cls == ErrorClass.TIMEOUT ? HealthStatus.DOWN : HealthStatus.UNKNOWN;
    }

    private static void abort(Progress progress, CountingJdbc counting) {
        Executor aborter = task -> {
            Thread t = new Thread(task, "schema-discovery-health-abort");
            t.setDaemon(true);
            t.start();
        };
        CoreConnectionSource source = progress.source;
        if (source != null) {
            source.abortOwned(aborter);
        } else {
            counting.cancelAll();
        }
    }

    /** What the worker found so far; read by the caller when the deadline passes. */
    private static final class Progress {
        volatile CoreConnectionSource source;
        volatile long connectNanos = -1;
        volatile long fingerprintNanos = -1;
        volatile String serverVersion;
        volatile boolean snapshotOpened;
        final Map<String, Object> details = Collections.synchronizedMap(new LinkedHashMap<>());

        HealthResult result(HealthStatus status, ErrorClass errorClass, String message) {
            Map<String, Object> copy;
            synchronized (details) {
                copy = new LinkedHashMap<>(details);
            }
            return new HealthResult(status, connectNanos < 0 ? null : Duration.ofNanos(connectNanos),
                    fingerprintNanos < 0 ? null : Duration.ofNanos(fingerprintNanos), serverVersion, snapshotOpened,
                    copy, errorClass, message);
        }

        HealthResult timedOut(Duration timeout) {
            boolean connected = connectNanos >= 0;
            return result(HealthStatus.DOWN, connected ? ErrorClass.TIMEOUT : ErrorClass.CONNECTION,
                    (connected ? "the server did not answer within " : "no connection within ")
                            + Durations.human(timeout));
        }
    }
}
