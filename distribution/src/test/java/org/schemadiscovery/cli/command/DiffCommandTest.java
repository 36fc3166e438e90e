package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff}'s command line: formats, exit codes, bad input, and .sql sources as the database's client runs them. */
@DisplayName("diff command")
class DiffCommandTest {
    private static final String PG_DEV = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Nested
    @DisplayName("output and exit codes (SQLite .sql files)")
    class Output {
        private static final String BEFORE = "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100));\n"
                + "CREATE TABLE gone (id INTEGER);\n";
        private static final String AFTER = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
                + "CREATE TABLE added (id INTEGER);\n";

        @Test
        @DisplayName("text: grouped by schema, one line per change, a summary; exit 0, or 4 with --exit-code")
        void text() throws Exception {
            Path a = file("a.sql", BEFORE);
            Path b = file("b.sql", AFTER);
            CliRunner.Result r = CliRunner.run("diff", a.toString(), b.toString(), "--dialect", "sqlite");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).isEqualTo("""
                    schema main
                      + table main.added
                      - table main.gone
                      ~ column main.users.email  type VARCHAR(100) → TEXT, nullable yes → no

                    3 changes: 1 added, 1 removed, 1 altered
                    """);
            assertThat(r.err()).isEmpty();
            assertThat(CliRunner.run("diff", a.toString(), b.toString(), "--dialect", "sqlite", "--exit-code")
                    .exitCode()).isEqualTo(4);
            CliRunner.Result same = CliRunner.run("diff", a.toString(), a.toString(), "--dialect", "sqlite",
                    "--exit-code");
            assertThat(same.exitCode()).isZero();
            assertThat(same.out()).isEqualTo("no differences\n");
        }

        @Test
        @DisplayName("json: formatVersion, the sides, and each change with its attributes' before and after")
        void json() throws Exception {
            Path a = file("a.sql", BEFORE);
            Path b = file("b.sql", AFTER);
            CliRunner.Result r = CliRunner.run("diff", a.toString(), b.toString(), "--dialect", "sqlite",
                    "--format", "json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode doc = new ObjectMapper().readTree(r.out());
            assertThat(doc.get("formatVersion").asInt()).isEqualTo(1);
            assertThat(doc.get("from").asText()).isEqualTo(a.toString());
            assertThat(doc.get("dialect").asText()).isEqualTo("sqlite");
            assertThat(doc.get("changes")).hasSize(3);
            JsonNode column = doc.get("changes").get(2);
            assertThat(column.get("change").asText()).isEqualTo("altered");
            assertThat(column.get("type").asText()).isEqualTo("column");
            assertThat(column.get("schema").asText()).isEqualTo("main");
            assertThat(column.get("table").asText()).isEqualTo("users");
            assertThat(column.get("name").asText()).isEqualTo("email");
            assertThat(column.get("attributes").get(1).toString())
                    .isEqualTo("{\"name\":\"nullable\",\"before\":true,\"after\":false}");
        }

        @Test
        @DisplayName("markdown: a table per object kind")
        void markdown() throws Exception {
            CliRunner.Result r = CliRunner.run("diff", file("a.sql", BEFORE).toString(),
                    file("b.sql", AFTER).toString(), "--dialect", "sqlite", "--format", "markdown");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("## Tables\n\n| Change | Name | Details |\n| ------ | ---- | ------- |\n"
                    + "| added | `main.added` |  |\n| removed | `main.gone` |  |\n", "## Columns\n",
                    "| altered | `main.users.email` | type VARCHAR(100) → TEXT, nullable yes → no |");
        }

        @Test
        @DisplayName("--rename turns a drop and an add into a rename")
        void rename() throws Exception {
            CliRunner.Result r = CliRunner.run("diff", file("a.sql", "CREATE TABLE old_name (id INTEGER);\n")
                    .toString(), file("b.sql", "CREATE TABLE new_name (id INTEGER);\n").toString(), "--dialect",
                    "sqlite", "--rename", "table:main.old_name=main.new_name");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("  > table main.old_name → main.new_name\n");
        }
    }

    @Nested
    @DisplayName("bad input: one line on standard error and the documented exit code")
    class BadInput {
        @Test
        @DisplayName("two JDBC URLs of different databases: 1, before connecting to either")
        void differentDialectUrls() {
            CliRunner.Result r = CliRunner.run("diff", "jdbc:sqlite:/nonexistent/a.db",
                    "jdbc:postgresql://127.0.0.1:1/x");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: cannot compare sqlite (jdbc:sqlite:/nonexistent/a.db) with "
                    + "postgresql (jdbc:postgresql://127.0.0.1:1/x): both sides must be of one dialect\n");
            assertThat(r.out()).isEmpty();
        }

        @Test
        @DisplayName("a SQLite snapshot against a PostgreSQL database: 1, naming both dialects")
        void differentDialects() throws Exception {
            Path sqlite = file("s.sql", "CREATE TABLE t (id INTEGER);\n");
            CliRunner.Result snapshot = CliRunner.run("discover", sqlite.toString(), "--dialect", "sqlite",
                    "--format", "json");
            assertThat(snapshot.exitCode()).as(snapshot.err()).isZero();
            Path json = file("s.json", snapshot.out());
            CliRunner.Result r = CliRunner.run("diff", json.toString(), PG_DEV, "--schema", "public");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).startsWith("error: cannot compare a sqlite schema (" + json + ") with a postgresql "
                    + "schema (").endsWith("both sides must be of one dialect\n");
        }

        @Test
        @DisplayName("two .sql files and nothing saying their dialect: 1, naming --dialect and --dev-url")
        void noDialect() throws Exception {
            Path a = file("a.sql", "CREATE TABLE t (id INTEGER);\n");
            CliRunner.Result r = CliRunner.run("diff", a.toString(), a.toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: " + a + ": cannot tell which database the DDL is for; name the "
                    + "dialect, or a dev server to load it into (--dialect ID, or --dev-url URL)\n");
        }

        @Test
        @DisplayName("a PostgreSQL .sql file without --dev-url: 1, asking for it")
        void noDevServer() throws Exception {
            Path a = file("a.sql", "CREATE TABLE t (id int);\n");
            CliRunner.Result r = CliRunner.run("diff", a.toString(), a.toString(), "--dialect", "postgresql");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).contains("a postgresql DDL file is loaded into a scratch database on a dev server, "
                    + "and none was given (--dev-url URL");
        }

        @Test
        @DisplayName("a missing snapshot, an unknown --ignore aspect, a malformed --rename or --schema-map: 1")
        void badValues() throws Exception {
            Path a = file("a.sql", "CREATE TABLE t (id INTEGER);\n");
            CliRunner.Result missing = CliRunner.run("diff", tmp.resolve("nope.json").toString(), a.toString());
            assertThat(missing.exitCode()).isEqualTo(1);
            assertThat(missing.err())
                    .isEqualTo("error: snapshot file " + tmp.resolve("nope.json") + " does not exist\n");
            CliRunner.Result ignore = CliRunner.run("diff", a.toString(), a.toString(), "--ignore", "owners,colour");
            assertThat(ignore.exitCode()).isEqualTo(1);
            assertThat(ignore.err()).isEqualTo("error: --ignore: unknown aspect 'colour' (expected owners, "
                    + "privileges or comments)\n");
            CliRunner.Result rename = CliRunner.run("diff", a.toString(), a.toString(), "--rename", "table:a");
            assertThat(rename.exitCode()).isEqualTo(1);
            assertThat(rename.err()).startsWith("error: --rename table:a: expected KIND:OLD=NEW");
            CliRunner.Result map = CliRunner.run("diff", a.toString(), a.toString(), "--schema-map", "a");
            assertThat(map.exitCode()).isEqualTo(1);
            assertThat(map.err()).startsWith("error: --schema-map a: expected FROM=TO");
        }

        @Test
        @DisplayName("an unset --to-password-env variable: 1, naming the option")
        void unsetPasswordVariable() {
            CliRunner.Result r = CliRunner.run(Map.of(), "diff", "jdbc:postgresql://127.0.0.1:1/a",
                    "jdbc:postgresql://127.0.0.1:1/b", "--to-password-env", "SD_UNSET_PW");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: environment variable SD_UNSET_PW is not set (--to-password-env "
                    + "SD_UNSET_PW)\n");
        }

        @Test
        @DisplayName("--from-password-env's value is masked wherever it would print")
        void passwordMasked() {
            String secret = "s3cret-Fr0m-pw";
            CliRunner.Result r = CliRunner.run(Map.of("SD_FROM_PW", secret), "diff",
                    "jdbc:postgresql://127.0.0.1:5432/postgres?user=sd_no_such_user_" + secret,
                    "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "--from-password-env", "SD_FROM_PW");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.all()).doesNotContain(secret).contains("***");
        }
    }

    @Nested
    @DisplayName(".sql sources load as the database's client would")
    class Loading {
        @Test
        @DisplayName("a statement the server refuses: 3, naming file and line; the scratch database is dropped")
        void refused() throws Exception {
            Path bad = file("bad.sql", "CREATE TABLE a (id int);\n\n-- the next one fails\nCREATE TABLE b (\n"
                    + "  id int REFERENCES nope (id)\n);\n");
            CliRunner.Result r = CliRunner.run("diff", PG_DEV, bad.toString(), "--dev-url", PG_DEV, "--schema",
                    "public");
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).isEqualTo("error: " + bad + ":4: ERROR: relation \"nope\" does not exist (in: "
                    + "CREATE TABLE b ( id int REFERENCES nope (id) ))\n");
            DiffSourcesTest.assertNoScratchLeft(ScratchDatabase.Kind.POSTGRESQL);
        }

        @Test
        @DisplayName("pg_dump's \\restrict and \\connect lines: a warning each, then skipped; dollar quotes kept whole")
        void psqlMetaCommands() throws Exception {
            Path dump = file("dump.sql", """
                    \\restrict Abc123
                    SET statement_timeout = 0;
                    \\connect -reuse-previous=on "dbname='x'"
                    CREATE SCHEMA app;
                    CREATE FUNCTION app.f() RETURNS int LANGUAGE plpgsql AS $_$
                    BEGIN
                      RETURN 1; -- ; inside the body
                    END;
                    $_$;
                    CREATE TABLE app.t (id int);
                    \\unrestrict Abc123
                    """);
            Path same = file("same.sql", """
                    CREATE SCHEMA app;
                    CREATE FUNCTION app.f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;
                    CREATE TABLE app.t (id int);
                    """);
            CliRunner.Result r = CliRunner.run("diff", dump.toString(), same.toString(), "--dev-url", PG_DEV,
                    "--ignore", "comments");
            assertThat(r.err()).isEqualTo("warning: " + dump + ":1: skipping client command \\restrict (not SQL; the "
                    + "scratch database is the target)\n"
                    + "warning: " + dump + ":3: skipping client command \\connect (not SQL; the scratch database is "
                    + "the target)\n"
                    + "warning: " + dump + ":11: skipping client command \\unrestrict (not SQL; the scratch database "
                    + "is the target)\n");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).isEqualTo("schema app\n  ~ routine app.f()  definition changed\n\n"
                    + "1 change: 1 altered\n");
            DiffSourcesTest.assertNoScratchLeft(ScratchDatabase.Kind.POSTGRESQL);
        }
    }
}
