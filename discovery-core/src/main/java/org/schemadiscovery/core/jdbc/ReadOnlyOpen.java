package org.schemadiscovery.core.jdbc;

import java.util.Locale;
import java.util.Properties;

/**
 * Connection properties that make a driver open a database read-only where that must be chosen at open time.
 * sqlite-jdbc creates a missing file and opens read-write by default, and refuses {@code setReadOnly} later, so a
 * discovery that must never write has to ask for SQLITE_OPEN_READONLY when connecting.
 */
public final class ReadOnlyOpen {
    /** SQLITE_OPEN_READONLY | SQLITE_OPEN_URI: never creates or writes the file, and keeps {@code file:} URIs working. */
    static final String SQLITE_READ_ONLY = "65";

    private ReadOnlyOpen() {
    }

    /** Adds read-only open properties for this URL unless the caller chose an open mode already. */
    public static void apply(String url, Properties info) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:") && !lower.contains("open_mode=") && !info.containsKey("open_mode")) {
            info.setProperty("open_mode", SQLITE_READ_ONLY);
        }
    }
}
