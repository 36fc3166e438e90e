/** Plugin loading and validation: {@link org.schemadiscovery.core.registry.PluginRegistry}. */
package org.schemadiscovery.core.registry;
