package org.schemadiscovery.cli.command;

import java.util.List;
import java.util.Locale;

/**
 * The one warning printed when no plugin recognised the database and the generic JDBC dialect read it: generic results
 * are poorer (no CHECK constraints, sequences, routines or partitions; keys only as far as the driver's metadata
 * goes), so the user should learn which plugin would do better.
 */
final class GenericFallbackNote {
    private GenericFallbackNote() {
    }

    /**
     * @param url     the JDBC URL
     * @param product the database product the driver reported
     * @param loaded  the dialect ids loaded
     */
    static String text(String url, String product, List<String> loaded) {
        String better = betterDialect(url, product);
        String advice;
        if (better == null) {
            advice = "no plugin here knows it; a dialect plugin for it would read more (see docs/writing-a-dialect.md)";
        } else if (loaded.contains(better)) {
            advice = "the " + better + " plugin is loaded but did not recognise it; try --dialect " + better;
        } else {
            advice = "the " + better + " plugin would read more: add the dialect-" + better
                    + " jar to the plugins folder";
        }
        return "warning: no dialect plugin recognised " + product + ", so the generic JDBC dialect was used, which "
                + "reads less (no CHECK constraints, sequences or routines); " + advice;
    }

    /** The plugin this URL or product calls for, or null when none ships with the project. */
    static String betterDialect(String url, String product) {
        String u = url.toLowerCase(Locale.ROOT);
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:postgresql:") || p.contains("postgres")) {
            return "postgresql";
        }
        if (u.startsWith("jdbc:sqlite:") || p.contains("sqlite")) {
            return "sqlite";
        }
        if (u.startsWith("jdbc:mysql:") || u.startsWith("jdbc:mariadb:") || p.contains("mysql")
                || p.contains("mariadb")) {
            return "mysql";
        }
        return null;
    }
}
