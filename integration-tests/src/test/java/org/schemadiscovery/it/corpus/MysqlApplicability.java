package org.schemadiscovery.it.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a mysqldef case does not apply to MariaDB 10.11 or to this tool: from its settings (flavor, versions, an
 * expected error) before loading, and from the server's answer when its DDL does not load. sqldef-only settings
 * that do not change the target schema ({@code config: bulk_alter}, {@code offline}) do not exclude a case.
 */
final class MysqlApplicability {
    private MysqlApplicability() {
    }

    /**
     * @param flavor the case's {@code flavor} setting, or null: {@code mariadb}, {@code mysql}, {@code tidb}, or
     *               {@code !x} for every flavor but x
     */
    static Optional<String> beforeLoading(CorpusCase c, String flavor) {
        if (flavor != null) {
            String f = flavor.strip();
            if (f.equals("!mariadb")) {
                return Optional.of("flavor !mariadb: sqldef runs it on MySQL and TiDB only");
            }
            if (!f.startsWith("!") && !f.equals("mariadb")) {
                return Optional.of("flavor " + f + " only (MySQL 8 or TiDB syntax and behaviour)");
            }
        }
        if (c.maxVersion() != null && compare(c.maxVersion(), "10.11") < 0) {
            return Optional.of("needs a server no newer than " + c.maxVersion());
        }
        if (c.user() != null) {
            return Optional.of("needs user " + c.user());
        }
        if (c.error() != null) {
            return Optional.of("sqldef expects an error, not a migration: " + c.error().strip());
        }
        return Optional.empty();
    }

    /** Why a script does not load, from the statements that kept failing (never empty for a non-empty list). */
    static String loadFailure(String side, List<ScratchLoad.Failure> failures) {
        ScratchLoad.Failure f = failures.get(0);
        String message = f.message().toLowerCase(Locale.ROOT);
        String kind;
        if (message.contains("syntax")) {
            kind = "syntax MariaDB 10.11 does not accept (MySQL 8 or TiDB only)";
        } else if (message.contains("not supported") || message.contains("unknown")) {
            kind = "a feature MariaDB 10.11 lacks";
        } else {
            kind = "does not load on MariaDB 10.11";
        }
        return kind + " (" + side + ": " + f + ")";
    }

    private static int compare(String a, String b) {
        String[] x = a.strip().split("\\.");
        String[] y = b.strip().split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i].replaceAll("\\D", "")) : 0;
            int q = i < y.length ? Integer.parseInt(y[i].replaceAll("\\D", "")) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }
}
