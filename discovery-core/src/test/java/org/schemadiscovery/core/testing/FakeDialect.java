package org.schemadiscovery.core.testing;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.SequenceInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.generic.GenericErrorClassifier;

/**
 * A scriptable dialect for tests: each phase runs {@code SELECT '<phase>'} on the session's connection, then pops
 * the next scripted action for that phase (an exception to throw, or a {@link Duration} to sleep).
 */
public final class FakeDialect {
    private final String id;
    private volatile int apiVersion = ApiVersion.CURRENT;
    private volatile ToIntFunction<DatabaseIdentity> score = i -> 0;
    private final Map<String, Deque<Object>> script = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> openedWithTimeout = Collections.synchronizedList(new ArrayList<>());
    private volatile List<TableInfo> tables = List.of();
    private volatile List<ViewInfo> views = List.of();
    private volatile List<SequenceInfo> sequences = List.of();
    private volatile List<IndexInfo> indexes = List.of();
    private volatile List<ConstraintInfo> constraints = List.of();
    private volatile List<Recommendation> recommendations = List.of();

    private final DiscoveryStrategy strategy = new Strategy();
    private final IndexDiscovery indexDiscovery = new Indexes();
    private final ConstraintDiscovery constraintDiscovery = new Constraints();

    public FakeDialect(String id) {
        this.id = id;
    }

    public FakeDialect apiVersion(int version) {
        this.apiVersion = version;
        return this;
    }

    public FakeDialect score(ToIntFunction<DatabaseIdentity> newScore) {
        this.score = newScore;
        return this;
    }

    /** Scripts the next actions of a phase: SQLException / RuntimeException to throw, Duration to sleep. */
    public FakeDialect on(String phase, Object... actions) {
        Deque<Object> q = script.computeIfAbsent(phase, k -> new ArrayDeque<>());
        synchronized (q) {
            Collections.addAll(q, actions);
        }
        return this;
    }

    public FakeDialect tables(List<TableInfo> t) {
        this.tables = t;
        return this;
    }

    public FakeDialect views(List<ViewInfo> v) {
        this.views = v;
        return this;
    }

    public FakeDialect sequences(List<SequenceInfo> s) {
        this.sequences = s;
        return this;
    }

    public FakeDialect indexes(List<IndexInfo> i) {
        this.indexes = i;
        return this;
    }

    public FakeDialect constraints(List<ConstraintInfo> c) {
        this.constraints = c;
        return this;
    }

    public FakeDialect recommendations(List<Recommendation> r) {
        this.recommendations = r;
        return this;
    }

    public String id() {
        return id;
    }

    public DiscoveryStrategy strategy() {
        return strategy;
    }

    public IndexDiscovery indexDiscovery() {
        return indexDiscovery;
    }

    public ConstraintDiscovery constraintDiscovery() {
        return constraintDiscovery;
    }

    /** Calls in order: open, close and phase names. */
    public List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** The statement timeout of each session's context, in open order. */
    public List<Duration> openedWithTimeout() {
        synchronized (openedWithTimeout) {
            return List.copyOf(openedWithTimeout);
        }
    }

    /** Registers all three services. */
    public SchemaDiscovery.Builder registerIn(SchemaDiscovery.Builder builder) {
        return builder.register(strategy).register(indexDiscovery).register(constraintDiscovery);
    }

    private void step(DiscoverySession session, String phase) throws SQLException {
        calls.add(phase);
        try (Statement st = session.connection().createStatement()) {
            st.executeQuery("SELECT '" + phase + "'").close();
        }
        Deque<Object> q = script.get(phase);
        Object action;
        if (q == null) {
            return;
        }
        synchronized (q) {
            action = q.poll();
        }
        if (action instanceof SQLException e) {
            throw e;
        }
        if (action instanceof RuntimeException e) {
            throw e;
        }
        if (action instanceof Duration d) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted", "57014");
            }
        }
    }

    private final class Strategy implements DiscoveryStrategy {
        @Override
        public String dialect() {
            return id;
        }

        @Override
        public int apiVersion() {
            return apiVersion;
        }

        @Override
        public int score(DatabaseIdentity identity) {
            return score.applyAsInt(identity);
        }

        @Override
        public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
            return new DatabaseCapabilities(java.util.Set.of("fake-static"), Map.of());
        }

        @Override
        public DiscoverySession open(DiscoveryContext context) throws SQLException {
            calls.add("open");
            openedWithTimeout.add(context.statementTimeout());
            Deque<Object> q = script.get("open");
            if (q != null) {
                Object action;
                synchronized (q) {
                    action = q.poll();
                }
                if (action instanceof SQLException e) {
                    throw e;
                }
            }
            return new Session(context);
        }

        @Override
        public ErrorClass classify(SQLException error) {
            return GenericErrorClassifier.classify(error);
        }
    }

    private final class Session implements DiscoverySession {
        private final DiscoveryContext context;

        Session(DiscoveryContext context) {
            this.context = context;
        }

        @Override
        public DiscoveryContext context() {
            return context;
        }

        @Override
        public DatabaseCapabilities probe() throws SQLException {
            step(this, "probe");
            return new DatabaseCapabilities(java.util.Set.of("fake-probed"), Map.of("mode", "test"));
        }

        @Override
        public List<String> schemas(DiscoveryScope scope) throws SQLException {
            step(this, "schemas");
            return List.of("main");
        }

        @Override
        public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
            step(this, "tables");
            return Discovered.of(tables);
        }

        @Override
        public Discovered<ViewInfo> views(DiscoveryScope scope) throws SQLException {
            step(this, "views");
            return Discovered.of(views);
        }

        @Override
        public Discovered<SequenceInfo> sequences(DiscoveryScope scope) throws SQLException {
            step(this, "sequences");
            return Discovered.of(sequences);
        }

        @Override
        public List<Recommendation> recommendations(SchemaInfo schema) throws SQLException {
            step(this, "dialect-recommendations");
            return recommendations;
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    private final class Indexes implements IndexDiscovery {
        @Override
        public String dialect() {
            return id;
        }

        @Override
        public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
            step(session, "indexes");
            return Discovered.of(indexes);
        }
    }

    private final class Constraints implements ConstraintDiscovery {
        @Override
        public String dialect() {
            return id;
        }

        @Override
        public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
                throws SQLException {
            step(session, "constraints");
            return Discovered.of(constraints);
        }
    }
}
