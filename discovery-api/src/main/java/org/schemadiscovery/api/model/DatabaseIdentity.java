package org.schemadiscovery.api.model;

import java.util.Objects;

/**
 * What the database says it is, read from {@link java.sql.DatabaseMetaData} before a dialect is chosen.
 *
 * @param product      product name as the driver reports it, e.g. {@code PostgreSQL}
 * @param version      product version string, e.g. {@code 15.19 (Debian 15.19-0+deb12u1)}
 * @param majorVersion major version
 * @param minorVersion minor version
 * @param driver       driver name and version
 * @param url          JDBC URL without credentials
 * @param dialect      id of the dialect that discovered it, or {@code null} before identification
 */
public record DatabaseIdentity(String product, String version, int majorVersion, int minorVersion, String driver,
                               String url, String dialect) {
    public DatabaseIdentity {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
    }

    /** The same identity attributed to a dialect. */
    public DatabaseIdentity withDialect(String dialectId) {
        return new DatabaseIdentity(product, version, majorVersion, minorVersion, driver, url, dialectId);
    }

    /** True when the server is at least {@code major.minor}. */
    public boolean atLeast(int major, int minor) {
        return majorVersion > major || (majorVersion == major && minorVersion >= minor);
    }
}
