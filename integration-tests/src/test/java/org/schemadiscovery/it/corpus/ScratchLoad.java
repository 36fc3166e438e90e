package org.schemadiscovery.it.corpus;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a corpus script into a database statement by statement, each in auto-commit. The desired DDL is not always
 * in dependency order (sqldef sorts before applying), so failed statements are retried in further passes until a
 * pass makes no progress; what still fails then is the result.
 */
final class ScratchLoad {
    /** A statement that did not run in any pass, with the server's last answer. */
    record Failure(String statement, String sqlState, String message) {
        @Override
        public String toString() {
            return sqlState + " " + message.lines().findFirst().orElse("") + " in: "
                    + statement.lines().findFirst().orElse("");
        }
    }

    private ScratchLoad() {
    }

    /** Runs the script; returns the statements that never succeeded (empty: loaded). */
    static List<Failure> load(Connection connection, String script) throws SQLException {
        return load(connection, SqlStatements.split(script));
    }

    /** Runs the statements, split by the caller (another dialect's splitter); returns those that never succeeded. */
    static List<Failure> load(Connection connection, List<String> statements) throws SQLException {
        connection.setAutoCommit(true);
        List<String> pending = statements;
        List<Failure> failures = new ArrayList<>();
        while (!pending.isEmpty()) {
            failures.clear();
            List<String> next = new ArrayList<>();
            for (String sql : pending) {
                try (Statement st = connection.createStatement()) {
                    st.execute(sql);
                } catch (SQLException e) {
                    next.add(sql);
                    failures.add(new Failure(sql, String.valueOf(e.getSQLState()), String.valueOf(e.getMessage())));
                }
            }
            if (next.size() == pending.size()) {
                break;
            }
            pending = next;
        }
        return List.copyOf(failures);
    }
}
