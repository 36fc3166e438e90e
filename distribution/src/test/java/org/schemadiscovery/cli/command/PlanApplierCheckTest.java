package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.migration.Hazard;
import org.schemadiscovery.api.migration.HazardKind;
import org.schemadiscovery.api.migration.MigrationPlan;
import org.schemadiscovery.api.migration.MigrationStep;
import org.schemadiscovery.api.migration.PlannerOptions;
import org.schemadiscovery.api.migration.TransactionGroup;

/** A check step that returns rows rolls its group back, as SQLite's foreign_key_check must before a COMMIT. */
class PlanApplierCheckTest {
    @TempDir
    Path dir;

    @Test
    void aForeignKeyCheckWithRowsRollsTheGroupBack() throws SQLException {
        try (Connection c = connect()) {
            PlanApplier.Failure failure = new PlanApplier(new PrintWriter(new StringWriter())).apply(c, plan(
                    "DROP TABLE parent", "CREATE TABLE parent (id INTEGER PRIMARY KEY)"));

            assertThat(failure).isNotNull();
            assertThat(failure.statement()).isEqualTo("PRAGMA foreign_key_check");
            assertThat(failure.message()).contains("the check returned rows").contains("child");
            assertThat(failure.rolledBack()).isTrue();
            assertThat(failure.group()).isEqualTo(2);
            assertThat(rows(c, "SELECT count(*) FROM parent")).isEqualTo(1);
        }
    }

    @Test
    void aCheckWithoutRowsLetsTheGroupCommit() throws SQLException {
        try (Connection c = connect()) {
            PlanApplier.Failure failure = new PlanApplier(new PrintWriter(new StringWriter())).apply(c, plan(
                    "CREATE TABLE extra (id INTEGER)", "INSERT INTO extra VALUES (1)"));

            assertThat(failure).isNull();
            assertThat(rows(c, "SELECT count(*) FROM extra")).isEqualTo(1);
        }
    }

    /** Foreign keys off, the two statements and the check in one transaction, foreign keys on. */
    private static MigrationPlan plan(String first, String second) {
        Hazard outside = Hazard.of(HazardKind.NOT_TRANSACTIONAL, "ignored inside a transaction");
        return new MigrationPlan("sqlite", PlannerOptions.defaults(), List.of(
                new TransactionGroup(List.of(), List.of(step("PRAGMA foreign_keys = OFF", outside)), false),
                new TransactionGroup(List.of(), List.of(step(first), step(second),
                        MigrationStep.check("PRAGMA foreign_key_check", List.of())), true),
                new TransactionGroup(List.of(), List.of(step("PRAGMA foreign_keys = ON", outside)), false)),
                List.of(), List.of());
    }

    private static MigrationStep step(String sql, Hazard... hazards) {
        return new MigrationStep(sql, List.of(), List.of(hazards));
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("check.db"));
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
            s.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))");
            s.execute("INSERT INTO parent VALUES (1)");
            s.execute("INSERT INTO child VALUES (10, 1)");
        }
        return c;
    }

    private static int rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
