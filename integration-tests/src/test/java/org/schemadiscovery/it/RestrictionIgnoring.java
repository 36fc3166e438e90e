package org.schemadiscovery.it;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.ViewInfo;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryOptions;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.tck.selfcheck.ForwardingStrategy;

/**
 * A dialect as one written before table restrictions existed would behave: every scope and context it sees has its
 * table restriction removed, so it reads every table, and it does not answer
 * {@link DiscoverySession#recommendationsAfterReread} (core asks its recommendations in a second session). Core must
 * still give the result a full discovery gives.
 */
final class RestrictionIgnoring {
    private RestrictionIgnoring() {
    }

    static DiscoveryScope unrestricted(DiscoveryScope scope) {
        return new DiscoveryScope(scope.includeSchemas(), scope.excludeSchemas(), scope.kinds());
    }

    /** Registers the three discovery services of one dialect, each ignoring table restrictions. */
    static SchemaDiscovery.Builder register(SchemaDiscovery.Builder builder, DiscoveryStrategy strategy,
                                            IndexDiscovery indexes, ConstraintDiscovery constraints) {
        return builder.register(new Strategy(strategy)).register(new IndexDiscovery() {
            @Override
            public String dialect() {
                return indexes.dialect();
            }

            @Override
            public Discovered<IndexInfo> indexes(DiscoverySession s, DiscoveryScope scope) throws SQLException {
                return indexes.indexes(ForwardingStrategy.unwrap(s), unrestricted(scope));
            }
        }).register(new ConstraintDiscovery() {
            @Override
            public String dialect() {
                return constraints.dialect();
            }

            @Override
            public Discovered<ConstraintInfo> constraints(DiscoverySession s, DiscoveryScope scope)
                    throws SQLException {
                return constraints.constraints(ForwardingStrategy.unwrap(s), unrestricted(scope));
            }
        });
    }

    private static final class Strategy extends ForwardingStrategy {
        Strategy(DiscoveryStrategy delegate) {
            super(delegate, session -> new ForwardingSession(session) {
                @Override
                public Discovered<TableInfo> tables(DiscoveryScope scope) throws SQLException {
                    return super.tables(unrestricted(scope));
                }

                @Override
                public Discovered<ViewInfo> views(DiscoveryScope scope) throws SQLException {
                    return super.views(unrestricted(scope));
                }

                @Override
                public Optional<List<Recommendation>> recommendationsAfterReread(SchemaInfo merged,
                                                                                SchemaInfo stored,
                                                                                Set<TableRef> reread) {
                    return Optional.empty();
                }
            });
        }

        @Override
        public DiscoverySession open(DiscoveryContext context) throws SQLException {
            DiscoveryOptions o = context.options();
            DiscoveryOptions whole = new DiscoveryOptions(unrestricted(o.scope()), o.timeout(), o.statementTimeout(),
                    o.maxReconnects(), o.initialBackoff(), o.maxConnections());
            return super.open(new DiscoveryContext(context.connections(), context.identity(), whole,
                    context.deadline(), context.statementTimeout(), context.listener(), context.executor()));
        }
    }
}
