package org.schemadiscovery.tck.selftest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.tck.DialectServices;
import org.schemadiscovery.tck.selfcheck.ForwardingStrategy;

/** Deliberately broken plugins: each must fail the kit test that guards against its defect. */
final class BrokenKits {
    private BrokenKits() {
    }

    /** Reports every column's nullability inverted. */
    public static class WrongNullability extends SqliteSelfTestKit {
        public WrongNullability() {
            super(() -> {
                DialectServices g = SqliteSelfTestKit.generic();
                return new DialectServices(new ForwardingStrategy(g.strategy(), s -> new FlippedNullability(s)),
                        g.indexDiscovery(), g.constraintDiscovery(), g.renderer());
            });
        }
    }

    /** Drops the first (by name) index of every table that does not back a constraint. */
    public static class DroppedIndex extends SqliteSelfTestKit {
        public DroppedIndex() {
            super(() -> {
                DialectServices g = SqliteSelfTestKit.generic();
                return new DialectServices(g.strategy(), new DroppingIndexes(g.indexDiscovery()),
                        g.constraintDiscovery(), g.renderer());
            });
        }
    }

    /** Creates a table through its own connection to the same file (outside the read-only open) on session close. */
    public static class WritingOwnConnection extends SqliteSelfTestKit {
        public WritingOwnConnection() {
            super(() -> {
                DialectServices g = SqliteSelfTestKit.generic();
                return new DialectServices(new ForwardingStrategy(g.strategy(), OwnConnectionWritingSession::new),
                        g.indexDiscovery(), g.constraintDiscovery(), g.renderer());
            });
        }
    }

    /** Creates a table through the discovery's connection when its session closes. */
    public static class Writing extends SqliteSelfTestKit {
        public Writing() {
            super(() -> {
                DialectServices g = SqliteSelfTestKit.generic();
                return new DialectServices(new ForwardingStrategy(g.strategy(), WritingSession::new),
                        g.indexDiscovery(), g.constraintDiscovery(), g.renderer());
            });
        }
    }

    /** Runs one extra query per table after reading the tables set-based. */
    public static class PerTableQuery extends SqliteSelfTestKit {
        public PerTableQuery() {
            super(() -> {
                DialectServices g = SqliteSelfTestKit.generic();
                return new DialectServices(new ForwardingStrategy(g.strategy(),
                        s -> new PerTableSession(new SetBasedTablesSession(s))),
                        g.indexDiscovery(), g.constraintDiscovery(), g.renderer());
            });
        }

        @Override
        protected DiscoveryOptions options() {
            return SetBasedTablesKit.tablesOnly();
        }
    }

    /** Skips an unreadable table like the reference does, but says nothing about it. */
    public static class MissingWarning extends SqliteSelfTestKit {
        public MissingWarning() {
            super(() -> {
                DialectServices g = SqliteSelfTestKit.generic();
                return new DialectServices(new ForwardingStrategy(g.strategy(),
                        s -> new SilentSession(new SetBasedTablesSession(s))),
                        g.indexDiscovery(), g.constraintDiscovery(), g.renderer());
            });
        }

        @Override
        protected DiscoveryOptions options() {
            return SetBasedTablesKit.tablesOnly();
        }
    }

    /** Keeps the tables it read in a field of the strategy, shared by every session (and thread). */
    public static class SharedState extends SqliteSelfTestKit {
        public SharedState() {
            super(() -> {
                DialectServices g = SqliteSelfTestKit.generic();
                java.util.concurrent.atomic.AtomicReference<Discovered<TableInfo>> shared =
                        new java.util.concurrent.atomic.AtomicReference<>();
                return new DialectServices(new ForwardingStrategy(g.strategy(), s -> new SharingSession(s, shared)),
                        g.indexDiscovery(), g.constraintDiscovery(), g.renderer());
            });
        }
    }

    private static final class SharingSession extends ForwardingStrategy.ForwardingSession {
        private final java.util.concurrent.atomic.AtomicReference<Discovered<TableInfo>> shared;

        SharingSession(DiscoverySession delegate,
                       java.util.concurrent.atomic.AtomicReference<Discovered<TableInfo>> shared) {
            super(delegate);
            this.shared = shared;
        }

        @Override
        public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
            shared.set(delegate.tables(scope));
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return shared.get();
        }
    }

    private static final class FlippedNullability extends ForwardingStrategy.ForwardingSession {
        FlippedNullability(DiscoverySession delegate) {
            super(delegate);
        }

        @Override
        public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
            Discovered<TableInfo> d = delegate.tables(scope);
            List<TableInfo> flipped = d.items().stream().map(t -> TableInfo.of(t.ref(), t.kind(),
                    t.columns().stream().map(c -> new ColumnInfo(c.name(), c.ordinal(), c.type(), !c.nullable(),
                            c.defaultValue(), c.identity(), c.generated(), c.collation(), c.comment(), c.hidden(),
                            c.options())).toList())).toList();
            return new Discovered<>(flipped, d.warnings());
        }
    }

    private static final class DroppingIndexes implements IndexDiscovery {
        private final IndexDiscovery delegate;

        DroppingIndexes(IndexDiscovery delegate) {
            this.delegate = delegate;
        }

        @Override
        public String dialect() {
            return delegate.dialect();
        }

        @Override
        public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) throws SQLException {
            Discovered<IndexInfo> d = delegate.indexes(session, scope);
            Set<TableRef> dropped = new HashSet<>();
            List<IndexInfo> kept = new ArrayList<>();
            for (IndexInfo i : d.items().stream().sorted(java.util.Comparator.comparing(IndexInfo::name)).toList()) {
                if (i.constraint() == null && dropped.add(i.table())) {
                    continue;
                }
                kept.add(i);
            }
            return new Discovered<>(kept, d.warnings());
        }
    }

    private static final class WritingSession extends ForwardingStrategy.ForwardingSession {
        WritingSession(DiscoverySession delegate) {
            super(delegate);
        }

        @Override
        public void close() throws SQLException {
            try (Statement st = connection().createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS tck_written (x INTEGER)");
            }
            delegate.close();
        }
    }

    private static final class OwnConnectionWritingSession extends ForwardingStrategy.ForwardingSession {
        OwnConnectionWritingSession(DiscoverySession delegate) {
            super(delegate);
        }

        @Override
        public void close() throws SQLException {
            String url = connection().getMetaData().getURL();
            delegate.close();
            try (Connection own = DriverManager.getConnection(url); Statement st = own.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS tck_written (x INTEGER)");
            }
        }
    }

    private static final class PerTableSession extends ForwardingStrategy.ForwardingSession {
        PerTableSession(DiscoverySession delegate) {
            super(delegate);
        }

        @Override
        public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
            Discovered<TableInfo> d = delegate.tables(scope);
            try (Statement st = connection().createStatement()) {
                for (TableInfo t : d.items()) {
                    try (var rs = st.executeQuery("SELECT count(*) FROM \"" + t.ref().name() + "\"")) {
                        rs.next();
                    }
                }
            }
            return d;
        }
    }

    private static final class SilentSession extends ForwardingStrategy.ForwardingSession {
        SilentSession(DiscoverySession delegate) {
            super(delegate);
        }

        @Override
        public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
            return Discovered.of(delegate.tables(scope).items());
        }
    }
}
