package org.schemadiscovery.dialect.mysql;

/** The dialect id shared by the plugin's four services. */
public final class MysqlDialect {
    /** Dialect id: {@code mysql}, for MySQL and MariaDB alike. */
    public static final String ID = "mysql";

    private MysqlDialect() {
    }
}
