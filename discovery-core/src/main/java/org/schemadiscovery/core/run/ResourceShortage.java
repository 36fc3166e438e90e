package org.schemadiscovery.core.run;

import java.sql.SQLException;

/**
 * A server out of shared memory (SQLSTATE 53200, PostgreSQL's {@code out of shared memory}): usually its lock table
 * is full because other sessions hold many locks, which passes, so it is worth retrying with backoff; when it
 * persists the setting to raise is {@code max_locks_per_transaction}.
 */
final class ResourceShortage {
    static final String OUT_OF_MEMORY = "53200";

    private ResourceShortage() {
    }

    /** True when the error, or one of its causes, carries SQLSTATE 53200. */
    static boolean is(SQLException error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return OUT_OF_MEMORY.equals(s.getSQLState());
            }
        }
        return false;
    }

    /** What to do about it, for the failure message. */
    static String advice() {
        return "the server ran out of shared memory for locks (SQLSTATE 53200): raise max_locks_per_transaction on "
                + "the server, or run when other sessions hold fewer locks";
    }
}
