/**
 * Health checks: {@link org.schemadiscovery.core.health.HealthCheck} and its immutable
 * {@link org.schemadiscovery.core.health.HealthResult}, reached through {@code SchemaDiscovery.health(...)}.
 */
package org.schemadiscovery.core.health;
