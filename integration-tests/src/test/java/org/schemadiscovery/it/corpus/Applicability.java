package org.schemadiscovery.it.corpus;

import java.util.List;
import java.util.Optional;

/**
 * Why a corpus case does not apply to PostgreSQL 15 or to this tool: from the case's settings before loading, and
 * from the server's answer when its DDL does not load.
 */
final class Applicability {
    static final int SERVER_MAJOR = 15;

    private Applicability() {
    }

    /** A reason the case cannot run here, judged from its settings alone. */
    static Optional<String> beforeLoading(CorpusCase c) {
        if (c.minVersion() != null && major(c.minVersion()) > SERVER_MAJOR) {
            return Optional.of("needs PostgreSQL " + c.minVersion() + " or newer (server is " + SERVER_MAJOR + ")");
        }
        if (c.maxVersion() != null && major(c.maxVersion()) < SERVER_MAJOR) {
            return Optional.of("needs PostgreSQL " + c.maxVersion() + " or older");
        }
        if (c.user() != null) {
            return Optional.of("needs role " + c.user() + " whose default schema is not public");
        }
        if (!c.managedRoles().isEmpty()) {
            return Optional.of("needs roles " + String.join(", ", c.managedRoles()));
        }
        if (c.error() != null) {
            return Optional.of("sqldef expects an error, not a migration: " + c.error().strip());
        }
        if (!c.sqldefOnly().isEmpty()) {
            return Optional.of("uses sqldef-only settings: " + String.join(", ", c.sqldefOnly()));
        }
        return Optional.empty();
    }

    /** Why a script does not load, from the statements that kept failing (never empty for a non-empty list). */
    static String loadFailure(String side, List<ScratchLoad.Failure> failures) {
        ScratchLoad.Failure f = failures.get(0);
        String message = f.message().toLowerCase(java.util.Locale.ROOT);
        String kind;
        if (message.contains("role") && message.contains("does not exist")) {
            kind = "needs a role";
        } else if (message.contains("extension") || f.sqlState().equals("58P01")) {
            kind = "needs an extension";
        } else if (message.contains("collation") && message.contains("does not exist")) {
            kind = "needs a collation not installed here";
        } else if (f.sqlState().equals("3F000")) {
            kind = "needs a schema the DDL does not create";
        } else if (f.sqlState().equals("42601")) {
            kind = "syntax PostgreSQL " + SERVER_MAJOR + " does not accept";
        } else {
            kind = "does not load on PostgreSQL " + SERVER_MAJOR;
        }
        return kind + " (" + side + ": " + f + ")";
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0].strip());
    }
}
