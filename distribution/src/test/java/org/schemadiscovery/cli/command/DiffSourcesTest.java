package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code diff} on the three real databases, each side in each of the three source kinds: a JDBC URL, the JSON
 * snapshot {@code discover --format json} wrote, and the DDL {@code ddl} wrote, loaded into a scratch database (on
 * the dev server for PostgreSQL and MariaDB, a temporary file for SQLite). A database against itself in any form is
 * no difference; against a copy with three changes it is exactly those three, whichever form each side takes; and
 * no scratch database is left behind.
 */
@DisplayName("diff: live databases against URLs, snapshots and .sql files")
class DiffSourcesTest {
    private static final String PG_DEV = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    private static final String MARIADB_DEV = "jdbc:mariadb://127.0.0.1:3306/?user=root";

    @TempDir
    Path tmp;
    private String databaseA;
    private String databaseB;

    @ParameterizedTest(name = "{0}")
    @EnumSource(ScratchDatabase.Kind.class)
    @DisplayName("no false drift: a database against itself, its snapshot and its own ddl output is empty")
    void noFalseDrift(ScratchDatabase.Kind kind) throws Exception {
        try (ScratchDatabase a = Fixtures.richDatabase(kind, tmp)) {
            List<String> sides = forms(a, "a");
            SoftAssertions soft = new SoftAssertions();
            for (String from : sides) {
                for (String to : sides) {
                    CliRunner.Result r = diff(kind, from, to, sqliteDialect(kind, from, to));
                    soft.assertThat(r.exitCode()).as("%s -> %s: %s%s", from, to, r.out(), r.err()).isZero();
                    soft.assertThat(r.out()).as("%s -> %s", from, to).isEqualTo("no differences\n");
                }
            }
            soft.assertAll();
        }
        assertNoScratchLeft(kind);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ScratchDatabase.Kind.class)
    @DisplayName("drift: a copy with three changes lists exactly those, from and to every kind of source")
    void drift(ScratchDatabase.Kind kind) throws Exception {
        try (ScratchDatabase a = Fixtures.richDatabase(kind, tmp);
             ScratchDatabase b = Fixtures.richDatabase(kind, tmp)) {
            ScratchDatabase.ClientResult changed = b.apply(mutation(kind));
            assertThat(changed.exitCode()).as(changed.output()).isZero();
            List<String> before = forms(a, "a");
            List<String> after = forms(b, "b");
            boolean mariadb = kind == ScratchDatabase.Kind.MARIADB;
            databaseA = mariadb ? schemaName(a.url(), a.url()) : null;
            databaseB = mariadb ? schemaName(b.url(), b.url()) : null;
            SoftAssertions soft = new SoftAssertions();
            for (String from : before) {
                for (String to : after) {
                    CliRunner.Result r = diff(kind, from, to, sqliteDialect(kind, from, to));
                    soft.assertThat(r.exitCode()).as("%s -> %s: %s", from, to, r.err()).isEqualTo(4);
                    soft.assertThat(changeLines(r.out())).as("%s -> %s", from, to)
                            .containsExactlyInAnyOrderElementsOf(expected(kind, mariadb ? schemaName(from, to) : null));
                    soft.assertThat(r.out()).as("%s -> %s", from, to).endsWith("\n3 changes: 2 added, 1 altered\n");
                }
            }
            CliRunner.Result reverse = diff(kind, after.get(0), before.get(0));
            soft.assertThat(reverse.exitCode()).as("without --exit-code").isZero();
            soft.assertThat(reverse.out()).endsWith("\n3 changes: 2 removed, 1 altered\n");
            soft.assertAll();
        }
        assertNoScratchLeft(kind);
    }

    /** Two SQLite .sql files: nothing says their dialect (without it, a usage error: see DiffCommandTest). */
    private static String[] sqliteDialect(ScratchDatabase.Kind kind, String from, String to) {
        return kind == ScratchDatabase.Kind.SQLITE && from.endsWith(".sql") && to.endsWith(".sql")
                ? new String[] {"--exit-code", "--dialect", "sqlite"} : new String[] {"--exit-code"};
    }

    /**
     * MariaDB's schema is the database, and changes are named in the from side's: a URL's or snapshot's database;
     * for a .sql file the other side's (a .sql file against a .sql file: the file's name).
     */
    private String schemaName(String from, String to) {
        String named = !from.endsWith(".sql") ? from : !to.endsWith(".sql") ? to : from;
        if (named.endsWith(".sql")) {
            String file = Path.of(named).getFileName().toString();
            return file.substring(0, file.length() - ".sql".length());
        }
        if (named.endsWith(".json")) {
            return named.endsWith("a.json") ? databaseA : databaseB;
        }
        return named.substring(named.lastIndexOf('/') + 1, named.indexOf('?'));
    }

    /** The database as a URL, a snapshot file and a .sql file written by the CLI itself. */
    private List<String> forms(ScratchDatabase db, String name) throws Exception {
        CliRunner.Result json = CliRunner.run("discover", db.url(), "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        Path snapshot = Files.writeString(tmp.resolve(name + ".json"), json.out(), StandardCharsets.UTF_8);
        CliRunner.Result ddl = CliRunner.run("ddl", db.url());
        assertThat(ddl.exitCode()).as(ddl.err()).isZero();
        Path script = Files.writeString(tmp.resolve(name + ".sql"), ddl.out(), StandardCharsets.UTF_8);
        return List.of(db.url(), snapshot.toString(), script.toString());
    }

    static CliRunner.Result diff(ScratchDatabase.Kind kind, String from, String to, String... more) {
        List<String> args = new ArrayList<>(List.of("diff", from, to));
        switch (kind) {
            case POSTGRESQL -> args.addAll(List.of("--dev-url", PG_DEV));
            case MARIADB -> args.addAll(List.of("--dev-url", MARIADB_DEV));
            default -> {
            }
        }
        args.addAll(List.of(more));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static String mutation(ScratchDatabase.Kind kind) {
        return switch (kind) {
            case POSTGRESQL -> "ALTER TABLE app.orders ADD COLUMN shipped_at timestamptz;\n"
                    + "CREATE TABLE app.extra (id integer);\n"
                    + "ALTER TABLE app.tag ALTER COLUMN scope SET NOT NULL;\n";
            case SQLITE -> "ALTER TABLE orders ADD COLUMN shipped TEXT;\n"
                    + "CREATE TABLE extra (id INTEGER);\n"
                    + "DROP INDEX orders_recent;\nCREATE INDEX orders_recent ON orders (placed DESC) WHERE total > 1;\n";
            case MARIADB -> "ALTER TABLE orders ADD COLUMN shipped datetime NULL;\n"
                    + "CREATE TABLE extra (id int);\n"
                    + "ALTER TABLE audit_log MODIFY msg text NOT NULL;\n";
        };
    }

    private static List<String> expected(ScratchDatabase.Kind kind, String schema) {
        return switch (kind) {
            case POSTGRESQL -> List.of("+ column app.orders.shipped_at", "+ table app.extra",
                    "~ column app.tag.scope  nullable yes → no");
            case SQLITE -> List.of("+ column main.orders.shipped", "+ table main.extra",
                    "~ index main.orders.orders_recent  predicate total > 0 → total > 1");
            case MARIADB -> List.of("+ column " + schema + ".orders.shipped", "+ table " + schema + ".extra",
                    "~ column " + schema + ".audit_log.msg  type varchar(200) → text");
        };
    }

    private static List<String> changeLines(String text) {
        return text.lines().filter(l -> l.startsWith("  ")).map(String::strip).toList();
    }

    /** This JVM's scratch databases (core names them sd_scratch_PID_...) are all gone. */
    static void assertNoScratchLeft(ScratchDatabase.Kind kind) throws Exception {
        String prefix = "sd_scratch_" + ProcessHandle.current().pid() + "_";
        switch (kind) {
            case POSTGRESQL -> assertThat(names("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
                    "SELECT datname FROM pg_database")).noneMatch(n -> n.startsWith(prefix));
            case MARIADB -> assertThat(names("jdbc:mariadb://127.0.0.1:3306/", "root", "SHOW DATABASES"))
                    .noneMatch(n -> n.startsWith(prefix));
            case SQLITE -> {
                try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                    assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(prefix));
                }
            }
        }
    }

    private static List<String> names(String url, String user, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
