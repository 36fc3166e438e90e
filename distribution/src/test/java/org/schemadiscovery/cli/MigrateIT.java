package org.schemadiscovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate} through the packaged launcher on PostgreSQL: the script it writes for a database and a .sql target
 * runs as is with {@code psql -v ON_ERROR_STOP=1 -f}, after which {@code diff} finds no difference; and a process
 * without a terminal refuses {@code --apply} without {@code --yes}.
 */
class MigrateIT {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DEV = SERVER + "postgres?user=postgres";
    static Path layout;
    static Path javaHome;

    @TempDir
    Path tmp;

    @BeforeAll
    static void locate() {
        layout = Path.of(System.getProperty("layout.dir", "target/schema-discovery")).toAbsolutePath();
        javaHome = Path.of(System.getProperty("java.home.for.fork", System.getProperty("java.home")));
        assertThat(layout.resolve("bin/schema-discovery")).isExecutable();
    }

    @Test
    @DisplayName("migrate db target.sql > plan.sql; psql -v ON_ERROR_STOP=1 -f plan.sql; diff --exit-code: 0")
    void scriptRunsWithPsql() throws Exception {
        String db = "sd_it_migrate_" + ProcessHandle.current().pid();
        admin("CREATE DATABASE " + db);
        try {
            String url = SERVER + db + "?user=postgres";
            execute(url, """
                    CREATE SCHEMA app;
                    CREATE TYPE app.mood AS ENUM ('sad', 'ok');
                    CREATE TABLE app.users (id int PRIMARY KEY, name varchar(20), mood app.mood);
                    INSERT INTO app.users VALUES (1, 'ann', 'ok'), (2, 'bob', 'sad');
                    CREATE VIEW app.names AS SELECT id, name FROM app.users;
                    CREATE TABLE app.legacy (id int);
                    """);
            Path target = Files.writeString(tmp.resolve("target.sql"), """
                    CREATE SCHEMA app;
                    CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
                    CREATE TABLE app.users (id int PRIMARY KEY, name text NOT NULL, mood app.mood,
                        created timestamptz DEFAULT now());
                    CREATE VIEW app.names AS SELECT id, name FROM app.users;
                    CREATE TABLE app.orders (id int PRIMARY KEY, user_id int NOT NULL REFERENCES app.users (id));
                    CREATE INDEX orders_user ON app.orders (user_id);
                    COMMENT ON TABLE app.orders IS 'what users bought';
                    """, StandardCharsets.UTF_8);
            Launcher.Result plan = Launcher.script(layout, javaHome, tmp, "migrate", url, "target.sql", "--dev-url",
                    DEV, "--schema", "app", "--allow-destructive", "--output", "plan.sql");
            assertThat(plan.exitCode()).as(plan.err()).isZero();
            String script = Files.readString(tmp.resolve("plan.sql"), StandardCharsets.UTF_8);
            assertThat(script).contains("BEGIN;", "COMMIT;", "lock_timeout", "DROP TABLE app.legacy");

            Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U",
                    "postgres", "-d", db, "-f", tmp.resolve("plan.sql").toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("psql.txt").toFile()).start();
            assertThat(psql.waitFor(120, TimeUnit.SECONDS)).as("psql finished").isTrue();
            assertThat(psql.exitValue()).as("%s%n%s", Files.readString(tmp.resolve("psql.txt")), script).isZero();

            Launcher.Result diff = Launcher.script(layout, javaHome, tmp, "diff", url, "target.sql", "--dev-url", DEV,
                    "--schema", "app", "--exit-code");
            assertThat(diff.out()).as(script).isEqualTo("no differences\n");
            assertThat(diff.exitCode()).isZero();
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT string_agg(name || ':' || mood, ',' ORDER BY id)"
                         + " FROM app.users")) {
                rs.next();
                assertThat(rs.getString(1)).as("rows survive").isEqualTo("ann:ok,bob:sad");
            }

            Launcher.Result apply = Launcher.script(layout, javaHome, tmp, "migrate", url, "target.sql", "--dev-url",
                    DEV, "--apply");
            assertThat(apply.exitCode()).isEqualTo(1);
            assertThat(apply.err()).contains("there is no terminal to ask on: pass --yes");
        } finally {
            admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void admin(String sql) throws SQLException {
        execute(DEV, sql);
    }
}
