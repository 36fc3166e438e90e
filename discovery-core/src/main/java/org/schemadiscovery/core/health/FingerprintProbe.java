package org.schemadiscovery.core.health;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.exception.DiscoveryException;
import org.schemadiscovery.api.exception.DiscoveryFailedException;
import org.schemadiscovery.api.exception.DiscoveryTimeoutException;
import org.schemadiscovery.api.model.DatabaseIdentity;
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
import org.schemadiscovery.core.run.DeadlineGuard;
import org.schemadiscovery.core.run.Identification;
import org.schemadiscovery.core.run.FingerprintRun;

/**
 * Takes schema fingerprints again and again over one kept connection, for pollers such as the CLI's {@code watch}:
 * each {@link #take} opens the dialect's session (its snapshot), asks for the fingerprint and closes the session.
 * A failure closes the connection and is thrown as a classified {@link DiscoveryException}; the next take
 * reconnects. Each take is bounded by its timeout, connecting included. One caller at a time.
 *
 * <p>A take first reads the dialect's fingerprint token: while it equals the previous take's, the previous
 * fingerprint stands (equal tokens imply equal fingerprints) and the fingerprint statements are skipped.
 */
public final class FingerprintProbe implements AutoCloseable {
    /**
     * One fingerprint.
     *
     * @param fingerprint the fingerprint, or empty when the dialect cannot take one
     * @param dialect     the dialect that took it
     * @param nanos       how long the take took, session included (connecting not)
     * @param statements  SQL statements it ran, session set-up included
     */
    public record Reading(Optional<SchemaFingerprint> fingerprint, String dialect, long nanos, long statements) {
        public Reading {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(dialect, "dialect");
        }
    }

    private final CoreConnectionSource.Opener opener;
    private final String url;
    private final Function<DatabaseIdentity, DialectPlugin> chooser;
    private final DiscoveryOptions options;
    private final DiscoveryListener listener;
    private final StatementCounter counter = new StatementCounter();
    private volatile int queryTimeoutSeconds = 30;
    private final CountingJdbc counting = new CountingJdbc(counter, () -> queryTimeoutSeconds);
    private volatile CoreConnectionSource source;
    private DatabaseIdentity identity;
    private DialectPlugin plugin;
    /** The last take's token and the fingerprint read with it, or null. */
    private volatile Last last;

    private record Last(String token, SchemaFingerprint fingerprint) {
    }

    /**
     * @param opener   opens a raw connection
     * @param url      the redacted URL, for the identity when the driver reports none, or null
     * @param chooser  the dialect for an identity
     * @param options  the scope
     * @param listener told each fingerprint's latency
     */
    public FingerprintProbe(CoreConnectionSource.Opener opener, String url,
                            Function<DatabaseIdentity, DialectPlugin> chooser, DiscoveryOptions options,
                            DiscoveryListener listener) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.url = url;
        this.chooser = Objects.requireNonNull(chooser, "chooser");
        this.options = FingerprintRun.oneConnection(Objects.requireNonNull(options, "options"));
        this.listener = listener == null ? DiscoveryListener.NONE : listener;
    }

    /**
     * Takes one fingerprint within {@code timeout}.
     *
     * @throws DiscoveryConnectionException when it cannot connect or the connection broke (the next take reconnects)
     * @throws DiscoveryTimeoutException    when the server did not answer in time
     * @throws DiscoveryFailedException     for any other failure
     */
    public Reading take(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        Instant deadline = Instant.now().plus(timeout);
        queryTimeoutSeconds = (int) Math.max(1, timeout.toSeconds());
        boolean connecting = source == null;
        try {
            return DeadlineGuard.run(() -> takeNow(deadline, timeout), deadline, timeout, () -> {
                CoreConnectionSource s = source;
                if (s != null) {
                    s.abortOwned(daemon());
                }
                return false;
            });
        } catch (DiscoveryTimeoutException e) {
            disconnect();
            if (connecting) {
                throw new DiscoveryConnectionException("no connection within " + timeout.toMillis() + " ms", e);
            }
            throw e;
        } catch (DiscoveryException e) {
            disconnect();
            throw e;
        }
    }

    private Reading takeNow(Instant deadline, Duration timeout) {
        CoreConnectionSource s = connect();
        long statementsBefore = counter.statements();
        long t0 = System.nanoTime();
        DiscoveryContext context = new DiscoveryContext(s, identity, options, deadline, timeout, listener, null);
        Optional<SchemaFingerprint> fingerprint;
        try (DiscoverySession session = plugin.strategy().open(context)) {
            fingerprint = fingerprint(session);
        } catch (SQLException e) {
            ErrorClass cls = classify(e);
            String message = "fingerprint failed: " + Urls.oneLine(e);
            if (cls == ErrorClass.CONNECTION) {
                throw new DiscoveryConnectionException(message, e);
            }
            if (cls == ErrorClass.TIMEOUT) {
                throw new DiscoveryTimeoutException(message);
            }
            throw new DiscoveryFailedException(cls, message, e);
        }
        // measured after the session closed: ending its transaction is part of every take
        long nanos = System.nanoTime() - t0;
        listener.fingerprintTaken(plugin.id(), nanos);
        return new Reading(fingerprint == null ? Optional.empty() : fingerprint, plugin.id(), nanos,
                counter.statements() - statementsBefore);
    }

    private Optional<SchemaFingerprint> fingerprint(DiscoverySession session) throws SQLException {
        Optional<String> token = session.fingerprintToken(options.scope());
        String current = token == null ? null : token.orElse(null);
        Last previous = last;
        if (current != null && previous != null && current.equals(previous.token())) {
            return Optional.of(previous.fingerprint());
        }
        last = null;
        Optional<SchemaFingerprint> fingerprint = session.fingerprint(options.scope());
        if (current != null && fingerprint != null && fingerprint.isPresent()) {
            last = new Last(current, fingerprint.get());
        }
        return fingerprint;
    }

    private CoreConnectionSource connect() {
        CoreConnectionSource s = source;
        if (s != null) {
            return s;
        }
        try {
            s = CoreConnectionSource.opening(opener, counting);
        } catch (SQLException e) {
            throw new DiscoveryConnectionException("cannot connect: " + Urls.oneLine(e), e);
        } catch (RuntimeException e) {
            throw new DiscoveryConnectionException("cannot connect: " + e, e);
        }
        source = s;
        try {
            DatabaseIdentity found = Identification.identify(s.raw(), url);
            plugin = chooser.apply(found);
            identity = found.withDialect(plugin.id());
        } catch (SQLException e) {
            ErrorClass cls = GenericErrorClassifier.classify(e);
            String message = "cannot read the database metadata: " + Urls.oneLine(e);
            throw cls == ErrorClass.CONNECTION ? new DiscoveryConnectionException(message, e)
                    : new DiscoveryFailedException(cls, message, e);
        }
        return s;
    }

    private ErrorClass classify(SQLException e) {
        try {
            ErrorClass cls = plugin.strategy().classify(e);
            return cls == null ? GenericErrorClassifier.classify(e) : cls;
        } catch (RuntimeException failed) {
            return GenericErrorClassifier.classify(e);
        }
    }

    private void disconnect() {
        CoreConnectionSource s = source;
        source = null;
        last = null;
        if (s != null) {
            s.close();
        }
    }

    private static Executor daemon() {
        return task -> {
            Thread t = new Thread(task, "schema-discovery-probe-abort");
            t.setDaemon(true);
            t.start();
        };
    }

    /**
     * From another thread: cancels the running statement and aborts the kept connection, so a {@link #take} blocked
     * on a slow or silent server fails at once (the next take reconnects). For a poller that is being stopped.
     */
    public void abort() {
        CoreConnectionSource s = source;
        if (s != null) {
            s.abortOwned(daemon());
        }
    }

    /** Closes the kept connection. */
    @Override
    public void close() {
        disconnect();
    }
}
