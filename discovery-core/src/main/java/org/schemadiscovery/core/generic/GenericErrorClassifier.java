package org.schemadiscovery.core.generic;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.schemadiscovery.api.model.ErrorClass;

/**
 * Classifies SQL errors by SQLSTATE class, then by sqlite-jdbc result codes (which carry no SQLSTATE), then by the
 * JDBC exception subtype, then by a few well-known messages.
 */
public final class GenericErrorClassifier {
    private static final int SQLITE_ERROR = 1;
    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_INTERRUPT = 9;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_AUTH = 23;
    private static final int SQLITE_NOTADB = 26;

    private GenericErrorClassifier() {
    }

    /** The class of an SQL error; {@link ErrorClass#OTHER} when nothing identifies it. */
    public static ErrorClass classify(SQLException error) {
        if (error == null) {
            return ErrorClass.OTHER;
        }
        ErrorClass byState = bySqlState(error.getSQLState());
        if (byState != null) {
            return byState;
        }
        ErrorClass bySqlite = bySqliteCode(error);
        if (bySqlite != null) {
            return bySqlite;
        }
        ErrorClass byType = byType(error);
        if (byType != null) {
            return byType;
        }
        String message = error.getMessage() == null ? "" : error.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("connection is closed") || message.contains("connection closed")
                || message.contains("connection has been closed")) {
            return ErrorClass.CONNECTION;
        }
        if (error.getCause() instanceof SQLException cause && cause != error) {
            return classify(cause);
        }
        return ErrorClass.OTHER;
    }

    /** The class implied by an SQLSTATE, or null when it says nothing we act on. */
    static ErrorClass bySqlState(String state) {
        if (state == null || state.length() < 2) {
            return null;
        }
        String s = state.toUpperCase(Locale.ROOT);
        if (s.equals("42501") || s.startsWith("28")) {
            return ErrorClass.PERMISSION;
        }
        if (s.startsWith("08") || s.startsWith("57P0") || s.equals("53300")) {
            return ErrorClass.CONNECTION;
        }
        if (s.equals("57014") || s.startsWith("HYT")) {
            return ErrorClass.TIMEOUT;
        }
        if (s.equals("55P03") || s.equals("40001") || s.equals("40P01") || s.equals("55006")) {
            return ErrorClass.LOCKED;
        }
        if (s.startsWith("42") || s.startsWith("0A")) {
            return ErrorClass.SYNTAX;
        }
        return null;
    }

    private static ErrorClass bySqliteCode(SQLException error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        boolean sqlite = message.startsWith("[SQLITE_") || error.getClass().getName().contains("SQLite");
        if (!sqlite) {
            return null;
        }
        int code = error.getErrorCode() & 0xff;
        String lower = message.toLowerCase(Locale.ROOT);
        return switch (code) {
            case SQLITE_BUSY, SQLITE_LOCKED -> ErrorClass.LOCKED;
            case SQLITE_PERM, SQLITE_AUTH, SQLITE_READONLY -> ErrorClass.PERMISSION;
            case SQLITE_INTERRUPT -> ErrorClass.TIMEOUT;
            // The file is missing, unreadable or not a database: reconnecting cannot help.
            case SQLITE_CANTOPEN, SQLITE_NOTADB -> ErrorClass.OTHER;
            case SQLITE_ERROR -> lower.contains("no such") || lower.contains("syntax error")
                    ? ErrorClass.SYNTAX : ErrorClass.OTHER;
            default -> null;
        };
    }

    private static ErrorClass byType(SQLException error) {
        if (error instanceof SQLTimeoutException) {
            return ErrorClass.TIMEOUT;
        }
        if (error instanceof SQLTransientConnectionException || error instanceof SQLNonTransientConnectionException
                || error instanceof SQLRecoverableException) {
            return ErrorClass.CONNECTION;
        }
        if (error instanceof SQLInvalidAuthorizationSpecException) {
            return ErrorClass.PERMISSION;
        }
        if (error instanceof SQLSyntaxErrorException || error instanceof SQLFeatureNotSupportedException) {
            return ErrorClass.SYNTAX;
        }
        if (error instanceof SQLTransactionRollbackException) {
            return ErrorClass.LOCKED;
        }
        return null;
    }
}
