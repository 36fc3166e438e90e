package org.schemadiscovery.dialect.postgresql.catalog;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Set;
import org.schemadiscovery.api.model.ErrorClass;

/** Classifies PostgreSQL errors by SQLSTATE. */
public final class PgErrors {
    /** Server shutting down or restarting: the connection is gone. */
    private static final Set<String> SHUTDOWN = Set.of("57P01", "57P02", "57P03", "57P05");
    /** Waited on or lost to another session: lock timeout, serialization failure, deadlock. */
    private static final Set<String> LOCKED = Set.of("55P03", "40001", "40P01");

    private PgErrors() {
    }

    /**
     * The class of an error: {@code 08xxx} and shutdowns CONNECTION; {@code 28xxx} and {@code 42501} PERMISSION;
     * {@code 57014} TIMEOUT; {@code 55P03}, {@code 40001}, {@code 40P01} LOCKED; other {@code 42xxx} (undefined
     * column, table or function, syntax error) SYNTAX; anything else OTHER. The first SQLSTATE found along the
     * cause chain counts.
     */
    public static ErrorClass classify(SQLException error) {
        String state = sqlState(error);
        if (state == null) {
            if (error instanceof SQLTimeoutException) {
                return ErrorClass.TIMEOUT;
            }
            if (error instanceof SQLTransientConnectionException
                    || error instanceof SQLNonTransientConnectionException) {
                return ErrorClass.CONNECTION;
            }
            return ErrorClass.OTHER;
        }
        if (state.startsWith("08") || SHUTDOWN.contains(state)) {
            return ErrorClass.CONNECTION;
        }
        if (state.startsWith("28") || state.equals("42501")) {
            return ErrorClass.PERMISSION;
        }
        if (state.equals("57014")) {
            return ErrorClass.TIMEOUT;
        }
        if (LOCKED.contains(state)) {
            return ErrorClass.LOCKED;
        }
        if (state.startsWith("42")) {
            return ErrorClass.SYNTAX;
        }
        return ErrorClass.OTHER;
    }

    private static String sqlState(SQLException error) {
        Throwable t = error;
        int depth = 0;
        while (t != null && depth++ < 10) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
            t = t.getCause();
        }
        return null;
    }
}
