package org.schemadiscovery.core.registry;

import java.util.Objects;
import java.util.Optional;
import org.schemadiscovery.api.spi.ConstraintDiscovery;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.spi.DiscoveryStrategy;
import org.schemadiscovery.api.spi.IndexDiscovery;

/**
 * A complete dialect: its strategy and the two discovery services for the same id, plus an optional DDL renderer.
 *
 * @param id                  dialect id
 * @param strategy            the strategy
 * @param indexDiscovery      index discovery
 * @param constraintDiscovery constraint discovery
 * @param renderer            DDL renderer, if the dialect has one
 * @param origin              where the strategy came from: {@code built-in}, {@code registered},
 *                            {@code module <name>} or {@code class path <location>}
 */
public record DialectPlugin(String id, DiscoveryStrategy strategy, IndexDiscovery indexDiscovery,
                            ConstraintDiscovery constraintDiscovery, Optional<DdlRenderer> renderer, String origin) {
    public DialectPlugin {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(indexDiscovery, "indexDiscovery");
        Objects.requireNonNull(constraintDiscovery, "constraintDiscovery");
        renderer = renderer == null ? Optional.empty() : renderer;
        origin = origin == null ? "unknown" : origin;
    }
}
