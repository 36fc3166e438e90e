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

    /**
     * A builder starting from {@code product} and {@code version}; every other component starts empty (null, false, 0
     * or an empty collection). Plugins build models this way, so that a component added later does not break them.
     */
    public static Builder builder(String product, String version) {
        return new Builder().product(product).version(version);
    }

    /** A builder holding this DatabaseIdentity's components, to build a changed copy. */
    public Builder toBuilder() {
        return new Builder().product(product).version(version).majorVersion(majorVersion).minorVersion(minorVersion)
                .driver(driver).url(url).dialect(dialect);
    }

    /** Builds a {@link DatabaseIdentity}; each method sets one component. Not thread-safe. */
    public static final class Builder {
        private String product;
        private String version;
        private int majorVersion;
        private int minorVersion;
        private String driver;
        private String url;
        private String dialect;

        private Builder() {
        }

        /** Sets {@link DatabaseIdentity#product()}. */
        public Builder product(String product) {
            this.product = product;
            return this;
        }

        /** Sets {@link DatabaseIdentity#version()}. */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /** Sets {@link DatabaseIdentity#majorVersion()}. */
        public Builder majorVersion(int majorVersion) {
            this.majorVersion = majorVersion;
            return this;
        }

        /** Sets {@link DatabaseIdentity#minorVersion()}. */
        public Builder minorVersion(int minorVersion) {
            this.minorVersion = minorVersion;
            return this;
        }

        /** Sets {@link DatabaseIdentity#driver()}. */
        public Builder driver(String driver) {
            this.driver = driver;
            return this;
        }

        /** Sets {@link DatabaseIdentity#url()}. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Sets {@link DatabaseIdentity#dialect()}. */
        public Builder dialect(String dialect) {
            this.dialect = dialect;
            return this;
        }

        /** The DatabaseIdentity; the canonical constructor validates and copies as usual. */
        public DatabaseIdentity build() {
            return new DatabaseIdentity(product, version, majorVersion, minorVersion, driver, url, dialect);
        }
    }
}
