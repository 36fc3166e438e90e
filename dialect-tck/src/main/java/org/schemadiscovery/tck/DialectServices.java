package org.schemadiscovery.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;
import org.schemadiscovery.api.diff.SchemaNormalizer;

/**
 * The plugin instances under test: the three discovery services of one dialect, its optional renderer and its
 * optional schema-comparison normaliser. The kit
 * registers exactly these with {@code SchemaDiscovery.builder().loadServices(false).register(...)}, so a test can
 * hand in wrapped or deliberately broken instances.
 *
 * <pre>{@code
 * DialectServices services = DialectServices.of(new SqliteStrategy(), new SqliteIndexDiscovery(),
 *         new SqliteConstraintDiscovery(), new SqliteDdlRenderer()).withNormalizer(new SqliteSchemaNormalizer());
 * }</pre>
 *
 * @param strategy            the dialect's entry point
 * @param indexDiscovery      its index discovery
 * @param constraintDiscovery its constraint discovery
 * @param renderer            its DDL renderer, if it has one (the round-trip group needs it)
 * @param normalizer          its schema-comparison normaliser, if it has one
 */
public record DialectServices(DiscoveryStrategy strategy, IndexDiscovery indexDiscovery,
                              ConstraintDiscovery constraintDiscovery, Optional<DdlRenderer> renderer,
                              Optional<SchemaNormalizer> normalizer) {
    public DialectServices {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(indexDiscovery, "indexDiscovery");
        Objects.requireNonNull(constraintDiscovery, "constraintDiscovery");
        renderer = renderer == null ? Optional.empty() : renderer;
        normalizer = normalizer == null ? Optional.empty() : normalizer;
    }

    /** The services without a normaliser. */
    public DialectServices(DiscoveryStrategy strategy, IndexDiscovery indexDiscovery,
                           ConstraintDiscovery constraintDiscovery, Optional<DdlRenderer> renderer) {
        this(strategy, indexDiscovery, constraintDiscovery, renderer, Optional.empty());
    }

    /** A copy with this normaliser ({@code null} for none). */
    public DialectServices withNormalizer(SchemaNormalizer newNormalizer) {
        return new DialectServices(strategy, indexDiscovery, constraintDiscovery, renderer,
                Optional.ofNullable(newNormalizer));
    }

    /** The four services; {@code renderer} may be null. */
    public static DialectServices of(DiscoveryStrategy strategy, IndexDiscovery indexDiscovery,
                                     ConstraintDiscovery constraintDiscovery, DdlRenderer renderer) {
        return new DialectServices(strategy, indexDiscovery, constraintDiscovery, Optional.ofNullable(renderer));
    }

    /** The dialect id, as the strategy states it. */
    public String dialect() {
        return strategy.dialect();
    }

    /**
     * The providers registered for {@code dialect} through {@link ServiceLoader} on the class path of
     * {@code loader} (META-INF/services, as Auto-Service writes them).
     *
     * @throws IllegalStateException when a discovery service is missing or registered twice
     */
    public static DialectServices load(String dialect, ClassLoader loader) {
        DiscoveryStrategy strategy = one(DiscoveryStrategy.class, dialect, loader, DiscoveryStrategy::dialect, true);
        IndexDiscovery indexes = one(IndexDiscovery.class, dialect, loader, IndexDiscovery::dialect, true);
        ConstraintDiscovery constraints =
                one(ConstraintDiscovery.class, dialect, loader, ConstraintDiscovery::dialect, true);
        DdlRenderer renderer = one(DdlRenderer.class, dialect, loader, DdlRenderer::dialect, false);
        SchemaNormalizer normalizer = one(SchemaNormalizer.class, dialect, loader, SchemaNormalizer::dialect, false);
        return of(strategy, indexes, constraints, renderer).withNormalizer(normalizer);
    }

    /** {@link #load(String, ClassLoader)} with this class's loader. */
    public static DialectServices load(String dialect) {
        return load(dialect, DialectServices.class.getClassLoader());
    }

    private static <T> T one(Class<T> type, String dialect, ClassLoader loader,
                             java.util.function.Function<T, String> idOf, boolean required) {
        List<T> found = new ArrayList<>();
        for (T provider : ServiceLoader.load(type, loader)) {
            if (dialect.equals(idOf.apply(provider))) {
                found.add(provider);
            }
        }
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " " + type.getSimpleName() + " providers for dialect "
                    + dialect + ": " + found);
        }
        if (found.isEmpty() && required) {
            throw new IllegalStateException("no " + type.getSimpleName() + " provider for dialect " + dialect
                    + " in META-INF/services of the class path");
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
