package org.schemadiscovery.core.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemadiscovery.api.exception.DiscoveryFailedException;
import org.schemadiscovery.api.model.ErrorClass;
import org.schemadiscovery.core.jdbc.Urls;

/**
 * Runs a DDL file's statements one by one on a connection, as the database's client would with "stop on the first
 * error": client commands are skipped with a note, and the first statement the server refuses fails the load with
 * the file and line it starts on (the line of the error itself when the server reports a position).
 */
final class ScriptLoader {
    /** pgjdbc appends {@code Position: N} (1-based, in characters of the statement) to a server error. */
    private static final Pattern POSITION = Pattern.compile("Position: (\\d+)");

    private ScriptLoader() {
    }

    /**
     * @param name  the file as the user named it, for messages
     * @param notes receives one line per skipped client command
     */
    static int load(Connection connection, String name, List<ScriptPiece> pieces, Consumer<String> notes) {
        int executed = 0;
        try (Statement s = connection.createStatement()) {
            for (ScriptPiece piece : pieces) {
                if (piece instanceof ScriptPiece.ClientCommand command) {
                    notes.accept(name + ":" + command.line() + ": skipping client command "
                            + firstWord(command.text()) + " (not SQL; the scratch database is the target)");
                    continue;
                }
                ScriptPiece.Statement statement = (ScriptPiece.Statement) piece;
                try {
                    s.execute(statement.sql());
                    executed++;
                } catch (SQLException e) {
                    throw new DiscoveryFailedException(ErrorClass.OTHER, name + ":" + errorLine(statement, e) + ": "
                            + Urls.oneLine(e) + " (in: " + abbreviated(statement.sql()) + ")", e);
                }
            }
        } catch (SQLException e) {
            throw new DiscoveryFailedException(ErrorClass.CONNECTION, "cannot load " + name + ": " + Urls.oneLine(e),
                    e);
        }
        return executed;
    }

    static int errorLine(ScriptPiece.Statement statement, SQLException e) {
        Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return statement.line();
        }
        int position = Math.min(Integer.parseInt(m.group(1)) - 1, statement.sql().length());
        int line = statement.line();
        for (int i = 0; i < position; i++) {
            if (statement.sql().charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String firstWord(String command) {
        int end = 0;
        while (end < command.length() && !Character.isWhitespace(command.charAt(end))) {
            end++;
        }
        return command.substring(0, end);
    }

    private static String abbreviated(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
