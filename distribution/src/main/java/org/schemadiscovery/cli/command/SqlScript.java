package org.schemadiscovery.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A renderer's statements as one script that the database's own client runs: {@code psql}, {@code sqlite3},
 * {@code mysql}/{@code mariadb}. Statements end with a semicolon, a blank line apart. The MySQL clients split the
 * input at every semicolon, so routines, triggers and events (whose BEGIN ... END bodies hold semicolons) and any
 * other statement holding one are wrapped as mysqldump does: {@code DELIMITER ;;}, the statement ending with
 * {@code ;;}, then {@code DELIMITER ;}. psql and sqlite3 find the end of a body themselves.
 */
final class SqlScript {
    /** The dialect id of the MySQL/MariaDB plugin. */
    static final String MYSQL = "mysql";

    private static final Pattern STORED_PROGRAM = Pattern.compile(
            "(?is)CREATE\\s+(OR\\s+REPLACE\\s+)?(DEFINER\\s*=\\s*\\S+\\s+)?(AGGREGATE\\s+)?"
                    + "(PROCEDURE|FUNCTION|TRIGGER|EVENT|PACKAGE)\\b.*");
    private static final List<String> DELIMITERS = List.of(";;", "$$", "//");

    private SqlScript() {
    }

    /** The script of the statements for this dialect, ending with a newline; empty for no statements. */
    static String of(String dialect, List<String> statements) {
        List<String> parts = new ArrayList<>(statements.size());
        for (String statement : statements) {
            String s = statement.strip();
            if (MYSQL.equals(dialect) && needsDelimiter(s)) {
                String delimiter = delimiterFor(s);
                parts.add("DELIMITER " + delimiter + "\n" + s + delimiter + "\nDELIMITER ;");
            } else {
                parts.add(s + ";");
            }
        }
        return parts.isEmpty() ? "" : String.join("\n\n", parts) + "\n";
    }

    static boolean needsDelimiter(String statement) {
        return statement.indexOf(';') >= 0 || STORED_PROGRAM.matcher(statement).matches();
    }

    /** The first of {@code ;;}, {@code $$}, {@code //} the statement does not contain. */
    private static String delimiterFor(String statement) {
        for (String d : DELIMITERS) {
            if (!statement.contains(d)) {
                return d;
            }
        }
        throw new CliException(ExitCodes.FAILED, "cannot choose a DELIMITER for a statement holding ;;, $$ and //: "
                + statement.lines().findFirst().orElse(""));
    }
}
