package org.schemadiscovery.cli.command;

import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.core.migration.StatementTerminator;

/**
 * A renderer's statements as one script that the database's own client runs: {@code psql}, {@code sqlite3},
 * {@code mysql}/{@code mariadb}. Statements end with a semicolon, a blank line apart. The MySQL clients split the
 * input at every semicolon, so routines, triggers and events (whose BEGIN ... END bodies hold semicolons) and any
 * other statement holding one are wrapped as mysqldump does: {@code DELIMITER ;;}, the statement ending with
 * {@code ;;}, then {@code DELIMITER ;} ({@link StatementTerminator}). psql and sqlite3 find the end of a body themselves.
 */
final class SqlScript {
    private SqlScript() {
    }

    /** The script of the statements for this dialect, ending with a newline; empty for no statements. */
    static String of(String dialect, List<String> statements) {
        List<String> parts = new ArrayList<>(statements.size());
        for (String statement : statements) {
            try {
                parts.add(StatementTerminator.terminate(dialect, statement));
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCodes.FAILED, e.getMessage());
            }
        }
        return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
    }
}
