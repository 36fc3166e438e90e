package org.schemadiscovery.dialect.postgresql;

/** Constants shared by the plugin's services. */
public final class PostgresDialect {
    /** The dialect id every service of this plugin reports. */
    public static final String ID = "postgresql";

    private PostgresDialect() {
    }
}
