package org.schemadiscovery.dialect.postgresql.tck;

import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.tck.DialectServices;
import org.schemadiscovery.tck.selfcheck.ForwardingStrategy;

/**
 * Builds deliberately broken variants of the PostgreSQL plugin for {@link BrokenPostgresPlugins}: the real services
 * with one part wrapped.
 */
final class Breakage {
    private Breakage() {
    }

    /**
     * The real plugin whose sessions are replaced; its index and constraint discovery get the real session back,
     * as they read the plugin's own session type.
     */
    static DialectServices sessions(UnaryOperator<DiscoverySession> sessions) {
        DialectServices p = PostgresKit.plugin();
        IndexDiscovery indexes = p.indexDiscovery();
        ConstraintDiscovery constraints = p.constraintDiscovery();
        return new DialectServices(new ForwardingStrategy(p.strategy(), sessions), new IndexDiscovery() {
            @Override
            public String dialect() {
                return indexes.dialect();
            }

            @Override
            public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope)
                    throws SQLException {
                return indexes.indexes(ForwardingStrategy.unwrap(session), scope);
            }
        }, new ConstraintDiscovery() {
            @Override
            public String dialect() {
                return constraints.dialect();
            }

            @Override
            public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
                    throws SQLException {
                return constraints.constraints(ForwardingStrategy.unwrap(session), scope);
            }
        }, p.renderer(), p.normalizer());
    }

    /** The real plugin whose tables (as its sessions read them) are changed one by one. */
    static DialectServices tables(UnaryOperator<TableInfo> change) {
        return sessions(s -> new ForwardingStrategy.ForwardingSession(s) {
            @Override
            public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
                Discovered<TableInfo> d = delegate.tables(scope);
                return new Discovered<>(d.items().stream().map(change).toList(), d.warnings());
            }
        });
    }

    /** The real plugin whose index list is changed. */
    static DialectServices indexes(UnaryOperator<List<IndexInfo>> change) {
        DialectServices p = PostgresKit.plugin();
        IndexDiscovery real = p.indexDiscovery();
        IndexDiscovery broken = new IndexDiscovery() {
            @Override
            public String dialect() {
                return real.dialect();
            }

            @Override
            public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope)
                    throws SQLException {
                Discovered<IndexInfo> d = real.indexes(session, scope);
                return new Discovered<>(change.apply(d.items()), d.warnings());
            }
        };
        return new DialectServices(p.strategy(), broken, p.constraintDiscovery(), p.renderer(), p.normalizer());
    }

    /** The real plugin whose constraint list (and any constraints its tables carry) is changed. */
    static DialectServices constraints(UnaryOperator<List<ConstraintInfo>> change) {
        DialectServices p = tables(t -> t.toBuilder().constraints(change.apply(t.constraints())).build());
        ConstraintDiscovery real = p.constraintDiscovery();
        ConstraintDiscovery broken = new ConstraintDiscovery() {
            @Override
            public String dialect() {
                return real.dialect();
            }

            @Override
            public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
                    throws SQLException {
                Discovered<ConstraintInfo> d = real.constraints(session, scope);
                return new Discovered<>(change.apply(d.items()), d.warnings());
            }
        };
        return new DialectServices(p.strategy(), p.indexDiscovery(), broken, p.renderer(), p.normalizer());
    }

    /**
     * The real plugin whose constraint list (and the constraints its tables carry) is changed only in a discovery
     * restricted to some tables ({@link DiscoveryScope#tables()}).
     */
    static DialectServices restrictedConstraints(UnaryOperator<List<ConstraintInfo>> change) {
        DialectServices p = sessions(s -> new ForwardingStrategy.ForwardingSession(s) {
            @Override
            public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
                Discovered<TableInfo> d = delegate.tables(scope);
                return scope.tables().isEmpty() ? d : new Discovered<>(d.items().stream()
                        .map(t -> t.toBuilder().constraints(change.apply(t.constraints())).build()).toList(),
                        d.warnings());
            }
        });
        ConstraintDiscovery real = p.constraintDiscovery();
        ConstraintDiscovery broken = new ConstraintDiscovery() {
            @Override
            public String dialect() {
                return real.dialect();
            }

            @Override
            public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope)
                    throws SQLException {
                Discovered<ConstraintInfo> d = real.constraints(session, scope);
                return scope.tables().isEmpty() ? d : new Discovered<>(change.apply(d.items()), d.warnings());
            }
        };
        return new DialectServices(p.strategy(), p.indexDiscovery(), broken, p.renderer(), p.normalizer());
    }

    /** The real plugin whose renderer's script is changed. */
    static DialectServices script(UnaryOperator<List<String>> change) {
        DialectServices p = PostgresKit.plugin();
        DdlRenderer real = p.renderer().orElseThrow();
        DdlRenderer broken = new DdlRenderer() {
            @Override
            public String dialect() {
                return real.dialect();
            }

            @Override
            public List<String> script(SchemaInfo schema) {
                return change.apply(real.script(schema));
            }
        };
        return DialectServices.of(p.strategy(), p.indexDiscovery(), p.constraintDiscovery(), broken)
                .withNormalizer(p.normalizer().orElse(null));
    }
}
