package org.schemadiscovery.tck.selfcheck;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.ExtensionInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.RoutineInfo;
import org.schemadiscovery.api.model.SchemaDetails;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TypeInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.SchemaFingerprint;

/**
 * A strategy that forwards to another and lets a test replace the sessions it opens: the base of deliberately
 * broken plugins that prove a kit test can fail. Override what the defect changes.
 *
 * <pre>{@code
 * new ForwardingStrategy(real, session -> new ForwardingStrategy.ForwardingSession(session) {
 *     public List<String> schemas(DiscoveryScope scope) { return List.of(); }
 * });
 * }</pre>
 */
public class ForwardingStrategy implements DiscoveryStrategy {
    protected final DiscoveryStrategy delegate;
    private final UnaryOperator<DiscoverySession> sessions;

    public ForwardingStrategy(DiscoveryStrategy delegate, UnaryOperator<DiscoverySession> sessions) {
        this.delegate = delegate;
        this.sessions = sessions;
    }

    @Override
    public String dialect() {
        return delegate.dialect();
    }

    @Override
    public int apiVersion() {
        return delegate.apiVersion();
    }

    @Override
    public int score(DatabaseIdentity identity) {
        return delegate.score(identity);
    }

    @Override
    public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
        return delegate.capabilities(identity);
    }

    @Override
    public DiscoverySession open(DiscoveryContext context) throws SQLException {
        return sessions.apply(delegate.open(context));
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return delegate.classify(error);
    }

    /** The plugin's own session behind any forwarding sessions. */
    public static DiscoverySession unwrap(DiscoverySession session) {
        return session instanceof ForwardingSession f ? f.unwrapped() : session;
    }

    /** A session forwarding every call; tests override what they break. */
    public static class ForwardingSession implements DiscoverySession {
        protected final DiscoverySession delegate;

        public ForwardingSession(DiscoverySession delegate) {
            this.delegate = delegate;
        }

        /**
         * The innermost session, for a plugin's index and constraint discovery that expect their own session type
         * (see {@link ForwardingStrategy#unwrap}).
         */
        public DiscoverySession unwrapped() {
            return delegate instanceof ForwardingSession f ? f.unwrapped() : delegate;
        }

        @Override
        public DiscoveryContext context() {
            return delegate.context();
        }

        @Override
        public DatabaseCapabilities probe() throws SQLException {
            return delegate.probe();
        }

        @Override
        public List<String> schemas(DiscoveryScope scope) throws SQLException {
            return delegate.schemas(scope);
        }

        @Override
        public Discovered<SchemaDetails> schemaDetails(DiscoveryScope scope) throws SQLException {
            return delegate.schemaDetails(scope);
        }

        @Override
        public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
            return delegate.tables(scope);
        }

        @Override
        public Discovered<ViewInfo> views(DiscoveryScope scope) throws SQLException {
            return delegate.views(scope);
        }

        @Override
        public Discovered<SequenceInfo> sequences(DiscoveryScope scope) throws SQLException {
            return delegate.sequences(scope);
        }

        @Override
        public Discovered<TypeInfo> types(DiscoveryScope scope) throws SQLException {
            return delegate.types(scope);
        }

        @Override
        public Discovered<RoutineInfo> routines(DiscoveryScope scope) throws SQLException {
            return delegate.routines(scope);
        }

        @Override
        public Discovered<ExtensionInfo> extensions(DiscoveryScope scope) throws SQLException {
            return delegate.extensions(scope);
        }

        @Override
        public Optional<SchemaFingerprint> fingerprint(DiscoveryScope scope) throws SQLException {
            return delegate.fingerprint(scope);
        }

        @Override
        public List<Recommendation> recommendations(SchemaInfo schema) throws SQLException {
            return delegate.recommendations(schema);
        }

        @Override
        public Optional<List<Recommendation>> recommendationsAfterReread(SchemaInfo merged, SchemaInfo stored,
                                                                        Set<TableRef> reread) throws SQLException {
            return delegate.recommendationsAfterReread(merged, stored, reread);
        }

        @Override
        public void close() throws SQLException {
            delegate.close();
        }
    }
}
