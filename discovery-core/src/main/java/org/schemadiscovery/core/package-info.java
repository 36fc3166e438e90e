/** The entry point: {@link org.schemadiscovery.core.SchemaDiscovery}. */
package org.schemadiscovery.core;
