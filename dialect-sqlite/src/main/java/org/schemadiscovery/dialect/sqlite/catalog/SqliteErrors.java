package org.schemadiscovery.dialect.sqlite.catalog;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.List;
import java.util.Locale;
import org.schemadiscovery.api.model.ErrorClass;

/** Classifies sqlite-jdbc errors by SQLite result code (the primary code is the low byte of the extended one). */
public final class SqliteErrors {
    private static final List<String> SYNTAX_MARKERS = List.of("no such table", "no such column",
            "no such function", "no such module", "syntax error", "no such table-valued function",
            "too many arguments on", "unknown function");
    private static final List<String> NAMES = List.of("", "ERROR", "INTERNAL", "PERM", "ABORT", "BUSY", "LOCKED",
            "NOMEM", "READONLY", "INTERRUPT", "IOERR", "CORRUPT", "NOTFOUND", "FULL", "CANTOPEN", "PROTOCOL",
            "EMPTY", "SCHEMA", "TOOBIG", "CONSTRAINT", "MISMATCH", "MISUSE", "NOLFS", "AUTH", "FORMAT", "RANGE",
            "NOTADB");

    private SqliteErrors() {
    }

    /** What kind of failure the error is. */
    public static ErrorClass classify(SQLException error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLTimeoutException) {
                return ErrorClass.TIMEOUT;
            }
        }
        String message = error.getMessage() == null ? "" : error.getMessage().toLowerCase(Locale.ROOT);
        int code = primaryCode(error);
        return switch (code) {
            case 5, 6 -> ErrorClass.LOCKED;
            case 3, 8, 23 -> ErrorClass.PERMISSION;
            // CANTOPEN and NOTADB: the file is missing, unreadable or not a database; reconnecting cannot help.
            case 14, 26 -> ErrorClass.OTHER;
            case 10 -> ErrorClass.CONNECTION;
            case 9 -> ErrorClass.TIMEOUT;
            case 1 -> SYNTAX_MARKERS.stream().anyMatch(message::contains) ? ErrorClass.SYNTAX : ErrorClass.OTHER;
            default -> message.contains("connection closed") || message.contains("database connection closed")
                    ? ErrorClass.CONNECTION : ErrorClass.OTHER;
        };
    }

    /** The primary SQLite result code of the error, from the vendor code or the {@code [SQLITE_X]} message prefix. */
    static int primaryCode(SQLException error) {
        int code = error.getErrorCode() & 0xFF;
        if (code != 0) {
            return code;
        }
        String message = error.getMessage();
        if (message != null && message.startsWith("[SQLITE_")) {
            int end = message.indexOf(']');
            String name = end > 8 ? message.substring(8, end) : "";
            int underscore = name.indexOf('_');
            String primary = underscore > 0 ? name.substring(0, underscore) : name;
            int index = NAMES.indexOf(primary);
            return Math.max(index, 0);
        }
        return 0;
    }

    /**
     * The detail of an sqlite-jdbc message, e.g. {@code no such module: x} out of
     * {@code [SQLITE_ERROR] SQL error or missing database (no such module: x)}.
     */
    public static String detail(SQLException error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int open = message.indexOf(" (");
        if (message.startsWith("[SQLITE_") && open > 0 && message.endsWith(")")) {
            return message.substring(open + 2, message.length() - 1);
        }
        return message.lines().findFirst().orElse(message);
    }
}
