package org.schemadiscovery.cli.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every command, present and future: one table, printed by {@code --help} and in the README.
 * Code 4 is {@code diff --exit-code}'s, 5 and 6 {@code migrate}'s; 7 is reserved for the command that will watch, so a
 * script written today keeps its meaning.
 */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /**
     * Bad command line: unknown command or option, malformed URL, unknown format or dialect, a dialect without the
     * service the command needs ({@code migrate} of a dialect without a planner).
     */
    public static final int USAGE = 1;
    /** Could not connect: no driver, unreachable or silent server, refused credentials, missing database file. */
    public static final int CONNECTION = 2;
    /** Connected, but discovery (or rendering or writing its result, or applying a migration) failed. */
    public static final int FAILED = 3;
    /** The compared schemas differ ({@code diff --exit-code}). */
    public static final int DIFFERENCES = 4;
    /** The plan left destructive steps out ({@code migrate} without {@code --allow-destructive}). */
    public static final int PLAN_INCOMPLETE = 5;
    /** {@code migrate --apply} ran the plan, but the database it discovered afterwards differs from the target. */
    public static final int APPLIED_BUT_DIFFERS = 6;
    /** Reserved: the health check found the database DEGRADED. */
    public static final int DEGRADED = 7;

    private static final Map<String, String> MEANINGS = meaningsInOrder();

    private ExitCodes() {
    }

    /** Each code (as text, in order) with its one-line meaning, as {@code --help} and the README print them. */
    public static Map<String, String> meanings() {
        return MEANINGS;
    }

    private static Map<String, String> meaningsInOrder() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(String.valueOf(OK), "done");
        m.put(String.valueOf(USAGE), "usage error: unknown command or option, malformed URL, bad value, a dialect"
                + " without a migration planner (migrate)");
        m.put(String.valueOf(CONNECTION), "connection failed: no driver, unreachable or silent server, refused"
                + " credentials, missing or unreadable database file");
        m.put(String.valueOf(FAILED), "connected, but discovery or writing the output failed, or migrate --apply"
                + " stopped (a group failed and was rolled back, the source changed since planning, or not confirmed)");
        m.put(String.valueOf(DIFFERENCES), "differences found (diff --exit-code)");
        m.put(String.valueOf(PLAN_INCOMPLETE), "plan incomplete: destructive steps left out (migrate without"
                + " --allow-destructive)");
        m.put(String.valueOf(APPLIED_BUT_DIFFERS), "applied, but the result differs from the target (migrate"
                + " --apply)");
        m.put(String.valueOf(DEGRADED), "health DEGRADED (reserved)");
        return Collections.unmodifiableMap(m);
    }
}
