package org.schemadiscovery.api.spi;

/** The SPI major version. A plugin returns it from {@link DiscoveryStrategy#apiVersion()}; core rejects others. */
public final class ApiVersion {
    /** The SPI major version this API defines. */
    public static final int CURRENT = 1;

    private ApiVersion() {
    }
}
