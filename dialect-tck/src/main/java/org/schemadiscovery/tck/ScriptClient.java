package org.schemadiscovery.tck;

/**
 * Runs a migration script with the database's own command-line client, as a user would ({@code psql -v
 * ON_ERROR_STOP=1}, {@code sqlite3 -bail}, {@code mariadb}).
 */
@FunctionalInterface
public interface ScriptClient {
    /** The client's exit code and everything it printed. */
    record Result(int exitCode, String output) {
    }

    Result apply(TestDatabase db, String script) throws Exception;
}
