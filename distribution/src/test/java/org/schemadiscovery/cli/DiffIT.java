package org.schemadiscovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} through the packaged launcher on PostgreSQL: the scratch database of a .sql source is dropped when the
 * process is interrupted while loading, and the shared 1000-table workload against the DDL {@code ddl} wrote for it,
 * loaded as a .sql source, is no difference.
 */
class DiffIT {
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
    @DisplayName("interrupted (SIGTERM, as Ctrl-C) while loading a .sql file: the scratch database is dropped")
    void interrupted() throws Exception {
        Path slow = Files.writeString(tmp.resolve("slow.sql"), "CREATE TABLE a (id int);\nSELECT pg_sleep(120);\n",
                StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("sh", layout.resolve("bin/schema-discovery").toString(), "diff", DEV,
                slow.toString(), "--dev-url", DEV, "--schema", "public")
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile())
                .start();
        String prefix = "sd_scratch_" + p.pid() + "_";
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (scratchDatabases(prefix).isEmpty() || !sleeping()) {
                assertThat(p.isAlive()).as("the CLI ended before loading: %s",
                        Files.readString(tmp.resolve("err.txt"))).isTrue();
                assertThat(System.nanoTime()).as("the scratch database never appeared").isLessThan(deadline);
                Thread.sleep(200);
            }
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the CLI stopped").isTrue();
            assertThat(scratchDatabases(prefix)).as("scratch databases of process %d", p.pid()).isEmpty();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    @DisplayName("bench1000 (the shared workload) against its own ddl output loaded as .sql: no differences")
    void bench1000NoFalseDrift() throws Exception {
        Path generator = Path.of(System.getenv().getOrDefault("SD_BENCH_SHARED",
                layout.getParent().getParent().getParent().getParent().resolve("shared/bench").toString()))
                .resolve("gen_pg_schema.py");
        assertThat(generator).as("the shared workload generator (set SD_BENCH_SHARED)").isRegularFile();
        String db = "sd_it_diff1000_" + ProcessHandle.current().pid();
        admin("CREATE DATABASE " + db);
        try {
            Process load = new ProcessBuilder("sh", "-c", "python3 \"$0\" 1000 4 | grep -v -x -E 'BEGIN;|COMMIT;' | "
                    + "psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d \"$1\"", generator.toString(), db)
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("load.txt").toFile()).start();
            assertThat(load.waitFor(600, TimeUnit.SECONDS)).as("loading bench1000").isTrue();
            assertThat(load.exitValue()).as(Files.readString(tmp.resolve("load.txt"))).isZero();
            String url = SERVER + db + "?user=postgres";
            Launcher.Result ddl = Launcher.script(layout, javaHome, tmp, "ddl", url, "--output", "bench1000.sql");
            assertThat(ddl.exitCode()).as(ddl.err()).isZero();
            Launcher.Result diff = Launcher.script(layout, javaHome, tmp, "diff", url, "bench1000.sql", "--dev-url",
                    DEV, "--exit-code");
            assertThat(diff.err()).isEmpty();
            assertThat(diff.out()).isEqualTo("no differences\n");
            assertThat(diff.exitCode()).isZero();
        } finally {
            admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    private static boolean sleeping() throws SQLException {
        try (Connection c = DriverManager.getConnection(DEV); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(120)%'"
                     + " AND datname LIKE 'sd\\_scratch\\_%'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static List<String> scratchDatabases(String prefix) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DEV); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                if (rs.getString(1).startsWith(prefix)) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static void admin(String sql) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(DEV); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
