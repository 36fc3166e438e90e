/**
 * Discovery metrics in memory, fed by {@link org.schemadiscovery.api.spi.DiscoveryListener} events, for exporters
 * (the optional Micrometer binder, the CLI's Prometheus endpoint) to publish. No metrics library is needed here.
 */
package org.schemadiscovery.core.metrics;
