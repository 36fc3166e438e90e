package org.schemadiscovery.core.run;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.core.jdbc.Urls;

/** Reads a {@link DatabaseIdentity} from a connection's metadata (no statements, so nothing is counted). */
public final class Identification {
    private Identification() {
    }

    /**
     * What the database says it is.
     *
     * @param connection  an open connection
     * @param fallbackUrl URL to report when the driver reports none (already redacted), or null
     */
    public static DatabaseIdentity identify(Connection connection, String fallbackUrl) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String product = orUnknown(md.getDatabaseProductName());
        String version = orUnknown(md.getDatabaseProductVersion());
        int major = 0;
        int minor = 0;
        try {
            major = md.getDatabaseMajorVersion();
            minor = md.getDatabaseMinorVersion();
        } catch (SQLException | RuntimeException unsupported) {
            // some drivers do not implement it; 0.0 means unknown
        }
        String driver = (orUnknown(md.getDriverName()) + " " + orUnknown(md.getDriverVersion())).strip();
        String url;
        try {
            url = md.getURL();
        } catch (SQLException | RuntimeException unsupported) {
            url = null;
        }
        url = url == null ? fallbackUrl : Urls.redact(url);
        return new DatabaseIdentity(product, version, major, minor, driver, url, null);
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }
}
