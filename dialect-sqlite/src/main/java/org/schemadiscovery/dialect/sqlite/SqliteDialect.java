package org.schemadiscovery.dialect.sqlite;

/** Constants shared by the plugin's services. */
public final class SqliteDialect {
    /** The dialect id every service of this plugin reports. */
    public static final String ID = "sqlite";

    private SqliteDialect() {
    }
}
