/** Micrometer binding of Schema Discovery's metrics: {@link org.schemadiscovery.micrometer.DiscoveryMeterBinder}. */
package org.schemadiscovery.micrometer;
