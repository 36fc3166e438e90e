package org.schemadiscovery.core.migration;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Ends one statement of a script for the database's own client. The MySQL clients split their input at every
 * semicolon, so routines, triggers and events (whose BEGIN … END bodies hold semicolons) and any other statement
 * holding one are wrapped as mysqldump does: {@code DELIMITER ;;}, the statement ending with {@code ;;}, then
 * {@code DELIMITER ;}. psql and sqlite3 find the end of a body themselves: there a statement just ends with
 * {@code ;}.
 *
 * <pre>{@code
 * StatementTerminator.terminate("mysql", "CREATE TRIGGER t … BEGIN SET NEW.a = 1; END");
 * // DELIMITER ;;\nCREATE TRIGGER t … BEGIN SET NEW.a = 1; END;;\nDELIMITER ;
 * }</pre>
 */
public final class StatementTerminator {
    /** The dialect id of the MySQL/MariaDB plugin, whose clients need DELIMITER. */
    public static final String MYSQL = "mysql";

    private static final Pattern STORED_PROGRAM = Pattern.compile(
            "(?is)CREATE\\s+(OR\\s+REPLACE\\s+)?(DEFINER\\s*=\\s*\\S+\\s+)?(AGGREGATE\\s+)?"
                    + "(PROCEDURE|FUNCTION|TRIGGER|EVENT|PACKAGE)\\b.*");
    private static final List<String> DELIMITERS = List.of(";;", "$$", "//");

    private StatementTerminator() {
    }

    /**
     * The statement (stripped) ending as the dialect's client needs, without a trailing newline.
     *
     * @throws IllegalArgumentException when a MySQL statement holds every candidate delimiter
     */
    public static String terminate(String dialect, String statement) {
        String s = statement.strip();
        if (MYSQL.equals(dialect) && needsDelimiter(s)) {
            String delimiter = delimiterFor(s);
            return "DELIMITER " + delimiter + "\n" + s + delimiter + "\nDELIMITER ;";
        }
        return s + ";";
    }

    /** Whether a MySQL client would cut the statement at a semicolon, or it is a stored program. */
    public static boolean needsDelimiter(String statement) {
        return statement.indexOf(';') >= 0 || STORED_PROGRAM.matcher(statement).matches();
    }

    private static String delimiterFor(String statement) {
        for (String d : DELIMITERS) {
            if (!statement.contains(d)) {
                return d;
            }
        }
        throw new IllegalArgumentException("cannot choose a DELIMITER for a statement holding ;;, $$ and //: "
                + statement.lines().findFirst().orElse(""));
    }
}
