package org.schemadiscovery.core.registry;

import java.sql.SQLException;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseCapabilities;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.ApiVersion;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.Discovered;
import org.schemadiscovery.api.spi.DiscoveryContext;
import org.schemadiscovery.api.spi.DiscoveryScope;
import org.schemadiscovery.api.spi.DiscoverySession;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;

/** Service providers loaded through a test class loader's META-INF/services. */
public final class TestProviders {
    private TestProviders() {
    }

    /** A strategy with a fixed id, version and product it claims. */
    public abstract static class BaseStrategy implements DiscoveryStrategy {
        private final String id;
        private final int version;
        private final String product;

        protected BaseStrategy(String id, int version, String product) {
            this.id = id;
            this.version = version;
            this.product = product;
        }

        @Override
        public String dialect() {
            return id;
        }

        @Override
        public int apiVersion() {
            return version;
        }

        @Override
        public int score(DatabaseIdentity identity) {
            return identity.product().equals(product) ? 10 : 0;
        }

        @Override
        public DatabaseCapabilities capabilities(DatabaseIdentity identity) {
            return DatabaseCapabilities.none();
        }

        @Override
        public DiscoverySession open(DiscoveryContext context) throws SQLException {
            throw new SQLException("not for discovery", "0A000");
        }

        @Override
        public ErrorClass classify(SQLException error) {
            return ErrorClass.OTHER;
        }
    }

    /** Index discovery with a fixed id. */
    public abstract static class BaseIndexes implements IndexDiscovery {
        private final String id;

        protected BaseIndexes(String id) {
            this.id = id;
        }

        @Override
        public String dialect() {
            return id;
        }

        @Override
        public Discovered<IndexInfo> indexes(DiscoverySession session, DiscoveryScope scope) {
            return Discovered.empty();
        }
    }

    /** Constraint discovery with a fixed id. */
    public abstract static class BaseConstraints implements ConstraintDiscovery {
        private final String id;

        protected BaseConstraints(String id) {
            this.id = id;
        }

        @Override
        public String dialect() {
            return id;
        }

        @Override
        public Discovered<ConstraintInfo> constraints(DiscoverySession session, DiscoveryScope scope) {
            return Discovered.empty();
        }
    }

    /** A renderer with a fixed id. */
    public abstract static class BaseRenderer implements DdlRenderer {
        private final String id;

        protected BaseRenderer(String id) {
            this.id = id;
        }

        @Override
        public String dialect() {
            return id;
        }

        @Override
        public java.util.List<String> script(SchemaInfo schema) {
            return java.util.List.of("-- " + id);
        }
    }

    public static final class LoadedStrategy extends BaseStrategy {
        public LoadedStrategy() {
            super("loaded", ApiVersion.CURRENT, "LoadedDB");
        }
    }

    public static final class LoadedIndexes extends BaseIndexes {
        public LoadedIndexes() {
            super("loaded");
        }
    }

    public static final class LoadedConstraints extends BaseConstraints {
        public LoadedConstraints() {
            super("loaded");
        }
    }

    public static final class LoadedRenderer extends BaseRenderer {
        public LoadedRenderer() {
            super("loaded");
        }
    }

    /** Its constructor throws, as a provider with a missing dependency would. */
    public static final class BrokenStrategy extends BaseStrategy {
        public BrokenStrategy() {
            super("broken", ApiVersion.CURRENT, "BrokenDB");
            throw new IllegalStateException("cannot start: missing native library");
        }
    }

    public static final class DupStrategyA extends BaseStrategy {
        public DupStrategyA() {
            super("dup", ApiVersion.CURRENT, "DupDB");
        }
    }

    public static final class DupStrategyB extends BaseStrategy {
        public DupStrategyB() {
            super("dup", ApiVersion.CURRENT, "DupDB");
        }
    }

    public static final class DupIndexes extends BaseIndexes {
        public DupIndexes() {
            super("dup");
        }
    }

    public static final class DupConstraints extends BaseConstraints {
        public DupConstraints() {
            super("dup");
        }
    }

    public static final class FutureStrategy extends BaseStrategy {
        public FutureStrategy() {
            super("future", ApiVersion.CURRENT + 1, "FutureDB");
        }
    }

    public static final class FutureIndexes extends BaseIndexes {
        public FutureIndexes() {
            super("future");
        }
    }

    public static final class FutureConstraints extends BaseConstraints {
        public FutureConstraints() {
            super("future");
        }
    }

    /** A dialect jar that forgot its IndexDiscovery. */
    public static final class HalfStrategy extends BaseStrategy {
        public HalfStrategy() {
            super("half", ApiVersion.CURRENT, "HalfDB");
        }
    }

    public static final class HalfConstraints extends BaseConstraints {
        public HalfConstraints() {
            super("half");
        }
    }

    /** Index discovery without any strategy. */
    public static final class OrphanIndexes extends BaseIndexes {
        public OrphanIndexes() {
            super("orphan");
        }
    }

    /** A loaded provider claiming the reserved id. */
    public static final class ImpostorGeneric extends BaseStrategy {
        public ImpostorGeneric() {
            super("generic", ApiVersion.CURRENT, "Nothing");
        }
    }

    /** Explicit replacement for "loaded". */
    public static final class ExplicitLoaded extends BaseStrategy {
        public ExplicitLoaded() {
            super("loaded", ApiVersion.CURRENT, "LoadedDB");
        }
    }
}
