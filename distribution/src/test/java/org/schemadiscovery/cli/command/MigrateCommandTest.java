package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate} in-process against real PostgreSQL databases: the script and its formats, exit 5, {@code --apply}
 * with its confirmation, the from-changed check, a failing group rolled back, verification (exit 6), and bad input.
 */
@DisplayName("migrate")
class MigrateCommandTest {
    private static final String FROM = """
            CREATE SCHEMA app;
            CREATE TABLE app.users (id int PRIMARY KEY, name text);
            INSERT INTO app.users VALUES (1, 'ann'), (2, 'bob');
            CREATE TABLE app.old_stuff (id int);
            """;
    private static final String TO = """
            CREATE SCHEMA app;
            CREATE TABLE app.users (id int PRIMARY KEY, name text, email text);
            CREATE TABLE app.orders (id int PRIMARY KEY, user_id int REFERENCES app.users (id));
            CREATE INDEX orders_user ON app.orders (user_id);
            """;

    /** Partitioning a table needs a rebuild, which the PostgreSQL planner reports as unsupported. */
    private static final String EVENTS = "CREATE TABLE app.events (id int, at date);\n";
    private static final String PARTITIONED_EVENTS =
            "CREATE TABLE app.events (id int, at date) PARTITION BY RANGE (at);\n";

    private static final String APP_COLUMNS = "SELECT count(*) FROM information_schema.columns"
            + " WHERE table_schema = 'app' AND ";

    @TempDir
    Path tmp;
    ScratchDatabase from;
    ScratchDatabase to;

    @BeforeEach
    void databases() {
        from = ScratchDatabase.create(ScratchDatabase.Kind.POSTGRESQL, tmp);
        to = ScratchDatabase.create(ScratchDatabase.Kind.POSTGRESQL, tmp);
    }

    @AfterEach
    void drop() throws Exception {
        from.close();
        to.close();
    }

    private void load(String fromSql, String toSql) {
        for (var db : List.of(Map.entry(from, fromSql), Map.entry(to, toSql))) {
            ScratchDatabase.ClientResult r = db.getKey().apply(db.getValue());
            assertThat(r.exitCode()).as(r.output()).isZero();
        }
    }

    @Nested
    @DisplayName("the plan")
    class Plan {
        @Test
        @DisplayName("sql: BEGIN/COMMIT groups with lock_timeout and comments; psql -v ON_ERROR_STOP=1 runs it as is")
        void scriptRunsWithPsql() throws Exception {
            load(FROM, TO);
            CliRunner.Result r = CliRunner.run("migrate", from.url(), to.url(), "--allow-destructive");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("BEGIN;\nSET LOCAL lock_timeout = '5000ms';\n", "COMMIT;\n",
                    "-- + table app.orders", "-- hazards: destructive", "DROP TABLE");
            assertThat(r.out()).doesNotContain("-- left out");

            ScratchDatabase.ClientResult applied = from.apply(r.out());
            assertThat(applied.exitCode()).as(applied.output()).isZero();
            assertThat(CliRunner.run("diff", from.url(), to.url(), "--exit-code").exitCode()).isZero();
            assertThat(count(from, "SELECT count(*) FROM app.users")).isEqualTo(2);
        }

        @Test
        @DisplayName("destructive steps left out: listed as comments, exit 5; the script still runs")
        void leftOutIsExitFive() throws Exception {
            load(FROM, TO);
            CliRunner.Result r = CliRunner.run("migrate", from.url(), to.url());
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.PLAN_INCOMPLETE);
            assertThat(r.out()).contains("INCOMPLETE: 1 steps left out",
                    "-- left out (run with --allow-destructive to include them):", "--   DROP TABLE app.old_stuff");
            assertThat(r.out().lines().filter(l -> l.startsWith("DROP"))).isEmpty();

            ScratchDatabase.ClientResult applied = from.apply(r.out());
            assertThat(applied.exitCode()).as(applied.output()).isZero();
            assertThat(count(from, "SELECT count(*) FROM pg_tables WHERE schemaname = 'app'")).isEqualTo(3);
        }

        @Test
        @DisplayName("--lock-timeout sets each group's lock_timeout; --format text is the sql script")
        void lockTimeoutAndAlias() {
            load(FROM, TO);
            CliRunner.Result sql = CliRunner.run("migrate", from.url(), to.url(), "--lock-timeout", "2s");
            assertThat(sql.out()).contains("SET LOCAL lock_timeout = '2000ms';").doesNotContain("5000ms");
            CliRunner.Result text = CliRunner.run("migrate", from.url(), to.url(), "--lock-timeout", "2s",
                    "--format", "text");
            assertThat(text.exitCode()).isEqualTo(ExitCodes.PLAN_INCOMPLETE);
            assertThat(text.out()).isEqualTo(sql.out());
        }

        @Test
        @DisplayName("json: groups with settings and steps (sql, changes, hazards), left out and unsupported")
        void json() throws Exception {
            load(FROM, TO);
            CliRunner.Result r = CliRunner.run("migrate", from.url(), to.url(), "--format", "json");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.PLAN_INCOMPLETE);
            JsonNode plan = new ObjectMapper().readTree(r.out());
            assertThat(plan.get("formatVersion").asInt()).isEqualTo(1);
            assertThat(plan.get("dialect").asText()).isEqualTo("postgresql");
            assertThat(plan.get("complete").asBoolean()).isFalse();
            assertThat(plan.get("options").get("lockTimeoutMillis").asLong()).isEqualTo(5000);
            JsonNode group = plan.get("groups").get(0);
            assertThat(group.get("transactional").asBoolean()).isTrue();
            assertThat(group.get("settings").get(0).asText()).isEqualTo("SET LOCAL lock_timeout = '5000ms'");
            List<String> sql = new ArrayList<>();
            plan.get("groups").forEach(g -> g.get("steps").forEach(s -> sql.add(s.get("sql").asText())));
            assertThat(sql).anyMatch(s -> s.startsWith("CREATE TABLE app.orders"));
            JsonNode leftOut = plan.get("leftOut").get(0);
            assertThat(leftOut.get("step").get("sql").asText()).isEqualTo("DROP TABLE app.old_stuff");
            assertThat(leftOut.get("step").get("hazards").get(0).get("kind").asText()).isEqualTo("destructive");
            assertThat(leftOut.get("step").get("changes").get(0).asText()).isEqualTo("- table app.old_stuff");
            assertThat(plan.get("unsupported").isArray()).isTrue();
            assertThat(r.out()).doesNotContain("password");
        }

        @Test
        @DisplayName("markdown: one section per group, then the steps left out")
        void markdown() {
            load(FROM, TO);
            CliRunner.Result r = CliRunner.run("migrate", from.url(), to.url(), "--format", "markdown");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.PLAN_INCOMPLETE);
            assertThat(r.out()).startsWith("# Migration plan\n").contains("\n## Group 1\n", "\n## Left out\n",
                    "`DROP TABLE app.old_stuff`", "**Incomplete:** 1 steps left out");
        }

        @Test
        @DisplayName("a schema change no step implements is listed as unsupported")
        void unsupportedListed() {
            load(FROM + EVENTS, FROM + PARTITIONED_EVENTS);
            CliRunner.Result r = CliRunner.run("migrate", from.url(), to.url());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("-- not supported, no statement planned:", "app.events");
        }
    }

    @Nested
    @DisplayName("--apply")
    class Apply {
        @Test
        @DisplayName("--yes: runs every group, rows survive, the result is verified equal to <to>: exit 0")
        void appliesAndVerifies() throws Exception {
            load(FROM, TO);
            CliRunner.Result r = CliRunner.run("migrate", from.url(), to.url(), "--allow-destructive", "--apply",
                    "--yes");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("BEGIN;");
            assertThat(r.err()).contains("applied group 1 of ", "verified: ");
            assertThat(CliRunner.run("diff", from.url(), to.url(), "--exit-code").exitCode()).isZero();
            assertThat(count(from, "SELECT count(*) FROM app.users")).isEqualTo(2);
        }

        @Test
        @DisplayName("asks on the terminal; anything but yes applies nothing (exit 3)")
        void asks() throws Exception {
            load(FROM, TO);
            List<String> prompts = new ArrayList<>();
            CliRunner.Result no = CliRunner.run(p -> {
                prompts.add(p);
                return "no";
            }, Map.of(), "migrate", from.url(), to.url(), "--apply");
            assertThat(no.exitCode()).isEqualTo(ExitCodes.FAILED);
            assertThat(no.err()).contains("error: not applied: the answer was not yes");
            assertThat(prompts).singleElement().asString().startsWith("Apply ").contains(" steps in 1 group to ")
                    .endsWith("Type yes to continue: ");
            assertThat(count(from, "SELECT count(*) FROM pg_tables WHERE tablename = 'orders'")).isZero();

            CliRunner.Result yes = CliRunner.run(p -> "yes", Map.of(), "migrate", from.url(), to.url(), "--apply");
            // the destructive step was left out: applied, but old_stuff is still there
            assertThat(yes.exitCode()).as(yes.err()).isEqualTo(ExitCodes.APPLIED_BUT_DIFFERS);
            assertThat(yes.err()).contains("still differs from", "- table app.old_stuff");
            assertThat(count(from, "SELECT count(*) FROM pg_tables WHERE tablename = 'orders'")).isEqualTo(1);
        }

        @Test
        @DisplayName("no terminal and no --yes: refused before reading anything (exit 1)")
        void noTerminal() {
            CliRunner.Result r = CliRunner.run("migrate", "jdbc:postgresql://127.0.0.1:1/none", to.url(), "--apply");
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).isEqualTo("error: --apply asks for confirmation, and there is no terminal to ask on:"
                    + " pass --yes to apply without asking\n");
        }

        @Test
        @DisplayName("<from> changed between planning and applying: refused, nothing applied (exit 3)")
        void fromChangedSincePlanning() throws Exception {
            load(FROM, TO);
            CliRunner.Result r = CliRunner.run(p -> {
                execute(from, "CREATE TABLE app.sneaked_in (id int)");
                return "yes";
            }, Map.of(), "migrate", from.url(), to.url(), "--apply");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.err()).contains(" changed since the plan was made (1 change, e.g. + table app.sneaked_in);"
                    + " nothing applied");
            assertThat(count(from, "SELECT count(*) FROM pg_tables WHERE tablename = 'orders'")).isZero();
            assertThat(count(from, APP_COLUMNS + "column_name = 'email'"))
                    .isZero();
        }

        @Test
        @DisplayName("a failing group rolls back: nothing of it remains on the server; the error names the statement")
        void failingGroupRollsBack() throws Exception {
            load("""
                    CREATE SCHEMA app;
                    CREATE TABLE app.users (id int PRIMARY KEY, name text);
                    INSERT INTO app.users VALUES (1, NULL);
                    """, """
                    CREATE SCHEMA app;
                    CREATE TABLE app.audit (id int PRIMARY KEY);
                    CREATE TABLE app.users (id int PRIMARY KEY, name text NOT NULL, email text);
                    """);
            CliRunner.Result r = CliRunner.run("migrate", from.url(), to.url(), "--apply", "--yes");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.err()).contains("error: group 1 of 1 failed at: ALTER TABLE app.users ALTER COLUMN name SET"
                    + " NOT NULL", "its statements were rolled back", "nothing ran before it");
            assertThat(r.out()).contains("CREATE TABLE app.audit", "ADD COLUMN email");
            assertThat(count(from, "SELECT count(*) FROM pg_tables WHERE tablename = 'audit'")).isZero();
            assertThat(count(from, APP_COLUMNS + "column_name = 'email'"))
                    .isZero();
            assertThat(count(from, APP_COLUMNS + "column_name = 'name'"
                    + " AND is_nullable = 'YES'")).isEqualTo(1);
        }

        @Test
        @DisplayName("a result that cannot converge (an unsupported change): exit 6 listing what still differs")
        void unconvergeableIsExitSix() throws Exception {
            load(FROM + EVENTS, FROM + "ALTER TABLE app.users ADD COLUMN email text;\n" + PARTITIONED_EVENTS);
            CliRunner.Result r = CliRunner.run("migrate", from.url(), to.url(), "--apply", "--yes");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.APPLIED_BUT_DIFFERS);
            assertThat(r.err()).contains("still differs from", "app.events");
            assertThat(r.err()).doesNotContain("email");
            assertThat(count(from, APP_COLUMNS + "column_name = 'email'"))
                    .isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {
        @Test
        @DisplayName("a dialect without a planner (the generic fallback): exit 1 naming it")
        void noPlanner() {
            load(FROM, TO);
            CliRunner.Result r = CliRunner.run("migrate", from.url(), to.url(), "--dialect", "generic");
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("error: dialect 'generic' has no migration planner, so migrate cannot plan"
                    + " for it (dialects with one: ").contains("postgresql");
            assertThat(r.out()).isEmpty();
        }

        @Test
        @DisplayName("a missing snapshot file: exit 1")
        void missingFile() {
            CliRunner.Result r = CliRunner.run("migrate", tmp.resolve("nope.json").toString(), to.url());
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("nope.json does not exist");
        }

        @Test
        @DisplayName("--apply with a snapshot or a .sql file as <from>: exit 1, nothing read")
        void applyNeedsUrl() throws Exception {
            Path snapshot = Files.writeString(tmp.resolve("from.json"), "{}", StandardCharsets.UTF_8);
            CliRunner.Result r = CliRunner.run("migrate", snapshot.toString(), to.url(), "--apply", "--yes");
            assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).startsWith("error: --apply writes to <from>, which must be a JDBC URL, not a"
                    + " snapshot (");
            CliRunner.Result sql = CliRunner.run("migrate", "schema.sql", to.url(), "--apply", "--yes");
            assertThat(sql.err()).startsWith("error: --apply writes to <from>, which must be a JDBC URL, not a .sql"
                    + " file (schema.sql)");
        }

        @Test
        @DisplayName("--yes without --apply, a bad --lock-timeout, an unknown format: exit 1")
        void badValues() {
            assertThat(CliRunner.run("migrate", from.url(), to.url(), "--yes").err())
                    .contains("--yes only goes with --apply");
            CliRunner.Result timeout = CliRunner.run("migrate", from.url(), to.url(), "--lock-timeout", "soon");
            assertThat(timeout.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(timeout.err()).contains("invalid duration 'soon'");
            CliRunner.Result format = CliRunner.run("migrate", from.url(), to.url(), "--format", "mermaid");
            assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(format.err()).contains("this command has no mermaid format (expected sql, json or markdown)");
        }
    }

    private static void execute(ScratchDatabase db, String sql) {
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(ScratchDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
