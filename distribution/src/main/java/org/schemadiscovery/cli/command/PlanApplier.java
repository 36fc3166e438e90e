package org.schemadiscovery.cli.command;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.TransactionGroup;

/**
 * Runs a migration plan over one connection: each transactional group in its own transaction, committed when all of
 * its statements ran; a group outside a transaction (CREATE INDEX CONCURRENTLY) in autocommit. The first statement
 * the database refuses rolls its group back and stops the run.
 */
final class PlanApplier {
    /**
     * Where a run stopped.
     *
     * @param group      the failing group, counted from 1
     * @param groups     how many groups the plan has
     * @param statement  the statement the database refused
     * @param message    the database's message
     * @param committed  the statements of the groups that ran before, all committed
     * @param rolledBack whether the failing group's statements were rolled back (false outside a transaction)
     */
    record Failure(int group, int groups, String statement, String message, List<String> committed,
                   boolean rolledBack) {
    }

    private final PrintWriter progress;

    PlanApplier(PrintWriter progress) {
        this.progress = progress;
    }

    /** Runs the plan; the failure, or null when every group ran. */
    Failure apply(Connection connection, MigrationPlan plan) throws SQLException {
        List<String> committed = new ArrayList<>();
        List<TransactionGroup> groups = plan.groups();
        for (int i = 0; i < groups.size(); i++) {
            TransactionGroup g = groups.get(i);
            List<String> statements = new ArrayList<>(g.settings());
            g.steps().stream().map(MigrationStep::sql).forEach(statements::add);
            connection.setAutoCommit(!g.transactional());
            String current = null;
            try (Statement s = connection.createStatement()) {
                for (String sql : statements) {
                    current = sql;
                    s.execute(sql);
                }
                if (g.transactional()) {
                    connection.commit();
                }
            } catch (SQLException e) {
                boolean rolledBack = false;
                if (g.transactional()) {
                    connection.rollback();
                    rolledBack = true;
                }
                return new Failure(i + 1, groups.size(), current, e.getMessage(), List.copyOf(committed),
                        rolledBack);
            }
            committed.addAll(statements);
            progress.println("applied group " + (i + 1) + " of " + groups.size() + " (" + g.steps().size()
                    + (g.steps().size() == 1 ? " step" : " steps") + (g.transactional() ? ", committed)"
                    : ", outside a transaction)"));
            progress.flush();
        }
        connection.setAutoCommit(true);
        return null;
    }
}
