package org.schemadiscovery.core.run;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.schemadiscovery.api.exception.DiscoveryConnectionException;
import org.schemadiscovery.api.exception.DiscoveryException;
import org.schemadiscovery.api.exception.DiscoveryFailedException;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryListener;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.core.cache.Fingerprinted;
import org.schemadiscovery.core.cache.KnownFingerprints;
import org.schemadiscovery.core.generic.GenericErrorClassifier;
import org.schemadiscovery.core.jdbc.CoreConnectionSource;
import org.schemadiscovery.core.jdbc.StatementCounter;
import org.schemadiscovery.core.jdbc.Urls;
import org.schemadiscovery.core.registry.DialectPlugin;

/**
 * Takes one fingerprint: opens the dialect's session on one connection (so that no read-ahead starts: nothing else
 * is read), reads the dialect's fingerprint token, asks for the scope's fingerprint unless the caller already knows
 * the fingerprint for that token, and closes the session. No retries: a caller that cannot get a fingerprint
 * discovers instead.
 */
public final class FingerprintRun {
    private FingerprintRun() {
    }

    /**
     * The options with one connection, so that a session opened only for its fingerprint (or a health check) starts
     * no read-ahead on a second connection: nothing else is read.
     */
    public static DiscoveryOptions oneConnection(DiscoveryOptions options) {
        return new DiscoveryOptions(options.scope(), options.timeout(), options.statementTimeout(),
                options.maxReconnects(), options.initialBackoff(), 1);
    }

    private static String user(CoreConnectionSource source) {
        try {
            return source.raw().getMetaData().getUserName();
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Takes the fingerprint with nothing known, so it is always taken (see the overload with
     * {@link KnownFingerprints}).
     */
    public static Fingerprinted take(DialectPlugin plugin, CoreConnectionSource source, StatementCounter counter,
                                     DatabaseIdentity identity, DiscoveryOptions options, Instant deadline,
                                     Executor executor, long startNanos) {
        return take(plugin, source, counter, identity, options, deadline, executor, startNanos,
                KnownFingerprints.NONE);
    }

    /**
     * @param plugin     the chosen dialect
     * @param source     core's connection source
     * @param counter    the counter behind the source's connections
     * @param identity   the identified database, attributed to the dialect
     * @param options    the options of the discovery the fingerprint stands for
     * @param deadline   when the run must have ended
     * @param executor   where dialects run helper work, or null
     * @param startNanos {@link System#nanoTime()} when the run started
     * @param known      the fingerprint a cache holds for the token read, which then is not taken again
     */
    public static Fingerprinted take(DialectPlugin plugin, CoreConnectionSource source, StatementCounter counter,
                                     DatabaseIdentity identity, DiscoveryOptions options, Instant deadline,
                                     Executor executor, long startNanos, KnownFingerprints known) {
        DiscoveryContext context = new DiscoveryContext(source, identity, oneConnection(options), deadline,
                options.statementTimeout(), DiscoveryListener.NONE, executor);
        String user = user(source);
        known.identified(identity, user);
        Optional<SchemaFingerprint> fingerprint;
        Optional<String> token;
        try (DiscoverySession session = plugin.strategy().open(context)) {
            token = session == null ? Optional.empty() : orEmpty(session.fingerprintToken(options.scope()));
            fingerprint = token.flatMap(t -> known.forToken(identity, user, t));
            if (fingerprint.isEmpty() && session != null) {
                fingerprint = orEmpty(session.fingerprint(options.scope()));
            }
        } catch (SQLException e) {
            ErrorClass cls = GenericErrorClassifier.classify(e);
            String message = "dialect '" + plugin.id() + "' could not take a fingerprint: " + Urls.oneLine(e);
            throw cls == ErrorClass.CONNECTION ? new DiscoveryConnectionException(message, e)
                    : new DiscoveryFailedException(cls, message, e);
        } catch (DiscoveryException e) {
            throw e;
        } catch (Exception e) {
            throw new DiscoveryFailedException(ErrorClass.OTHER, "dialect '" + plugin.id()
                    + "' could not take a fingerprint: " + e, e);
        }
        return new Fingerprinted(identity, user, fingerprint, token, counter.texts(),
                System.nanoTime() - startNanos);
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
