package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.cli.example.ExampleDatabase;
import org.schemadiscovery.cli.format.JsonFormatter;
import org.schemadiscovery.core.json.JsonCodec;

/** The CLI's main logic in-process: exit codes, one-line errors, formats, secrets. */
class CliTest {
    @TempDir
    static Path tmp;
    static String exampleUrl;

    @BeforeAll
    static void exampleDatabase() throws IOException, SQLException {
        Path db = tmp.resolve("example.db");
        ExampleDatabase.create(Path.of("src/main/dist/example/example.sql"), db);
        exampleUrl = "jdbc:sqlite:" + db;
    }

    @Nested
    @DisplayName("bad input: one line on standard error, nothing on standard output, the documented exit code")
    class BadInput {
        @Test
        @DisplayName("unknown subcommand: 1")
        void unknownCommand() {
            CliRunner.Result r = CliRunner.run("xyzzy");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: unknown command 'xyzzy' (see 'schema-discovery --help')\n");
            assertThat(r.out()).isEmpty();
        }

        @Test
        @DisplayName("misspelt subcommand: 1, with suggestions")
        void misspeltCommand() {
            CliRunner.Result r = CliRunner.run("discovr", "jdbc:sqlite:x.db");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).startsWith("error: unknown command 'discovr'; did you mean discover")
                    .endsWith(" (see 'schema-discovery --help')\n").hasLineCount(1);
        }

        @Test
        @DisplayName("no subcommand: 1")
        void noCommand() {
            CliRunner.Result r = CliRunner.run();
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: missing command (see 'schema-discovery --help')\n");
        }

        @Test
        @DisplayName("malformed URL: 1")
        void malformedUrl() {
            CliRunner.Result r = CliRunner.run("discover", "localhost:5432/shop");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: malformed JDBC URL 'localhost:5432/shop': expected "
                    + "jdbc:<driver>:<database>, e.g. jdbc:sqlite:app.db, a snapshot file or a .sql file\n");
            assertThat(r.out()).isEmpty();
        }

        @Test
        @DisplayName("missing URL: 1")
        void missingUrl() {
            CliRunner.Result r = CliRunner.run("discover");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo(
                    "error: Missing required parameter: '<source>' (see 'schema-discovery discover --help')\n");
        }

        @Test
        @DisplayName("--plugins naming a missing folder: 1, naming it")
        void missingPluginsFolder() {
            Path missing = tmp.resolve("no-such-plugins");
            for (String command : List.of("discover", "dialects")) {
                CliRunner.Result r = command.equals("dialects")
                        ? CliRunner.run("--plugins", missing.toString(), "dialects")
                        : CliRunner.run("--plugins", missing.toString(), "discover", exampleUrl);
                assertThat(r.exitCode()).isEqualTo(1);
                assertThat(r.err()).isEqualTo("error: --plugins " + missing + ": no such folder\n");
                assertThat(r.out()).isEmpty();
            }
        }

        @Test
        @DisplayName("--plugins naming a folder without jars: 1, naming it")
        void pluginsFolderWithoutJars() throws IOException {
            Path empty = Files.createDirectories(tmp.resolve("empty-plugins"));
            Files.writeString(empty.resolve("README.txt"), "not a jar");
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "--plugins", empty.toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: --plugins " + empty + ": the folder holds no jar (expected dialect "
                    + "plugin jars and their JDBC drivers)\n");
        }

        @Test
        @DisplayName("no driver for the URL: 2")
        void noDriver() {
            CliRunner.Result r = CliRunner.run("discover", "jdbc:nosuch://localhost/x");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("error: No JDBC driver accepts jdbc:nosuch://localhost/x\n");
            assertThat(r.out()).isEmpty();
        }

        @Test
        @DisplayName("missing SQLite file: 2, and the file is not created")
        void missingSqliteFile() {
            Path missing = tmp.resolve("missing.db");
            CliRunner.Result r = CliRunner.run("discover", "jdbc:sqlite:" + missing);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("error: cannot connect to jdbc:sqlite:" + missing
                    + ": [SQLITE_CANTOPEN] Unable to open the database file (unable to open database file)\n");
            assertThat(missing).doesNotExist();
        }

        @Test
        @DisplayName("unreachable port: 2")
        void unreachablePort() {
            CliRunner.Result r = CliRunner.run("discover", "jdbc:postgresql://127.0.0.1:1/x");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("error: cannot connect to jdbc:postgresql://127.0.0.1:1/x: Connection to "
                    + "127.0.0.1:1 refused. Check that the hostname and port are correct and that the postmaster is "
                    + "accepting TCP/IP connections.\n");
        }

        @Test
        @DisplayName("unknown format: 1")
        void unknownFormat() {
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "--format", "xml");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: Invalid value for option '--format': unknown format 'xml' "
                    + "(expected text, json, markdown or mermaid) (see 'schema-discovery discover --help')\n");
        }

        @Test
        @DisplayName("bad timeout: 1")
        void badTimeout() {
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "--timeout", "soon");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: Invalid value for option '--timeout': invalid duration 'soon' "
                    + "(try 90 (seconds), 500ms, 90s, 5m, 12h, 7d or ISO-8601 like PT2M)"
                    + " (see 'schema-discovery discover --help')\n");
        }

        @Test
        @DisplayName("unknown dialect: 1")
        void unknownDialect() {
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "--dialect", "nosuch");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).startsWith("error: unknown dialect 'nosuch' (available: ").hasLineCount(1);
        }

        @Test
        @DisplayName("deadline passed: 2 while still connecting, else 3")
        void timeout() {
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "--timeout", "1ms");
            // Which phase the deadline hits depends on timing; the message names it.
            if (r.exitCode() == 2) {
                assertThat(r.err()).isEqualTo("error: cannot connect to " + exampleUrl + ": no answer within 1 ms\n");
            } else {
                assertThat(r.exitCode()).isEqualTo(3);
                assertThat(r.err()).startsWith("error: discovery exceeded its deadline of PT0.001S").hasLineCount(1);
            }
            assertThat(r.out()).isEmpty();
        }

        @Test
        @DisplayName("no DDL renderer for the dialect: 3")
        void noRenderer() {
            CliRunner.Result r = CliRunner.run("ddl", exampleUrl, "--dialect", "generic");
            assertThat(r.exitCode()).isEqualTo(3);
            assertThat(r.err()).isEqualTo("error: dialect 'generic' has no DDL renderer\n");
        }

        @Test
        @DisplayName("stack traces only with --verbose")
        void verboseStackTrace() {
            CliRunner.Result quiet = CliRunner.run("discover", "jdbc:postgresql://127.0.0.1:1/x");
            CliRunner.Result verbose = CliRunner.run("discover", "jdbc:postgresql://127.0.0.1:1/x", "--verbose");
            assertThat(quiet.err()).hasLineCount(1).doesNotContain("\tat ");
            assertThat(verbose.exitCode()).isEqualTo(2);
            assertThat(verbose.err()).startsWith(quiet.err())
                    .contains("org.schemadiscovery.api.exception.DiscoveryConnectionException: cannot connect to")
                    .contains("\tat ");
        }
    }

    @Nested
    @DisplayName("passwords: never echoed, logged or left in URLs")
    class Passwords {
        @Test
        @DisplayName("--password-env value and URL passwords are masked everywhere, even in stack traces")
        void masked() {
            Map<String, String> env = Map.of("SD_TEST_PW", "s3cr3t-Pw");
            CliRunner.Result r = CliRunner.run(env, "discover",
                    "jdbc:postgresql://127.0.0.1:1/x?user=app&password=hunter2&ssl=false", "--user", "app",
                    "--password-env", "SD_TEST_PW", "--verbose", "--progress");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.all()).doesNotContain("s3cr3t-Pw").doesNotContain("hunter2");
            assertThat(r.err()).contains("progress: connecting to jdbc:postgresql://127.0.0.1:1/x?user=app&password=***"
                    + "&ssl=false\n");
        }

        @Test
        @DisplayName("user:password@host URLs are masked")
        void userInfo() {
            CliRunner.Result r = CliRunner.run("discover", "jdbc:nosuch://app:hunter2@localhost/x");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.all()).doesNotContain("hunter2");
        }

        @Test
        @DisplayName("a --password option is refused without echoing its value")
        void noPasswordOption() {
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "--password", "hunter2");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: there is no password option; pass the password in an environment "
                    + "variable with --password-env VAR\n");
        }

        @Test
        @DisplayName("an unset --password-env variable: a usage error (1) naming it, before any connection")
        void unsetVariable() {
            CliRunner.Result r = CliRunner.run("discover", "jdbc:postgresql://127.0.0.1:1/x", "--password-env",
                    "SD_TEST_UNSET");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: environment variable SD_TEST_UNSET is not set (--password-env "
                    + "SD_TEST_UNSET)\n");
        }
    }

    @Nested
    @DisplayName("the example database")
    class Example {
        @Test
        @DisplayName("text: summary and every table")
        void text() {
            CliRunner.Result r = CliRunner.run("discover", exampleUrl);
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.err()).isEmpty();
            assertThat(r.out().lines().filter(l -> l.startsWith("TABLE ") || l.startsWith("VIEW ")).toList())
                    .containsExactly("TABLE customers", "TABLE order_items", "TABLE orders", "TABLE product_tags",
                            "TABLE products", "TABLE tags", "VIEW order_totals");
            assertThat(r.out()).startsWith("Database  example.db\nProduct   SQLite 3.54.1\n")
                    .contains("\nContents  6 tables, 1 view, 5 foreign keys, 9 indexes\n");
        }

        @Test
        @DisplayName("json: core's codec, loadable back")
        void json() {
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "--format", "json");
            assertThat(r.exitCode()).isEqualTo(0);
            SchemaInfo back = new JsonCodec().read(r.out());
            assertThat(back.tables().stream().map(TableInfo::ref).map(t -> t.name()).toList())
                    .containsExactly("customers", "order_items", "orders", "product_tags", "products", "tags");
            assertThat(new JsonFormatter().format(back)).isEqualTo(r.out());
        }

        @Test
        @DisplayName("mermaid: the erDiagram of the six tables and five foreign keys")
        void mermaid() {
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "--format", "mermaid");
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.out()).isEqualTo("""
                    erDiagram
                        customers {
                            INTEGER id PK
                            TEXT email UK
                            TEXT name
                            TEXT created_at
                        }
                        order_items {
                            INTEGER order_id PK, FK
                            INTEGER product_id PK, FK
                            INTEGER quantity
                            INTEGER unit_price_cents
                        }
                        orders {
                            INTEGER id PK
                            INTEGER customer_id FK
                            TEXT status
                            TEXT placed_at
                        }
                        product_tags {
                            INTEGER product_id PK, FK
                            INTEGER tag_id PK, FK
                        }
                        products {
                            INTEGER id PK
                            TEXT sku UK
                            TEXT name
                            INTEGER price_cents
                            INTEGER discontinued
                        }
                        tags {
                            INTEGER id PK
                            TEXT name UK
                        }
                        orders ||--o{ order_items : "order_id"
                        products ||--o{ order_items : "product_id"
                        customers ||..o{ orders : "customer_id"
                        products ||--o{ product_tags : "product_id"
                        tags ||--o{ product_tags : "tag_id"
                    """);
        }

        @Test
        @DisplayName("markdown: a section per table with columns, constraints, foreign keys and indexes")
        void markdown() {
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "--format", "markdown");
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.out().lines().filter(l -> l.startsWith("## ")).toList()).containsExactly("## Tables",
                    "## customers", "## order_items", "## orders", "## product_tags", "## products", "## tags",
                    "## Views", "## Relations", "## Recommendations");
            assertThat(r.out()).contains("| [orders](#orders) | 4 | TABLE |  |\n")
                    .contains("| fk-without-index | main.order_items |");
        }

        @Test
        @DisplayName("recommend: the two foreign keys without an index")
        void recommend() {
            CliRunner.Result r = CliRunner.run("recommend", exampleUrl);
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.out().lines().filter(l -> l.startsWith("WARNING fk-without-index")).map(l -> l.split(":")[0])
                    .toList()).containsExactly("WARNING fk-without-index on main.order_items",
                    "WARNING fk-without-index on main.product_tags");
        }

        @Test
        @DisplayName("--output writes the file and nothing to standard output")
        void output() throws IOException {
            Path file = tmp.resolve("schema.mmd");
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "-f", "mermaid", "-o", file.toString());
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.out()).isEmpty();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("erDiagram\n    customers {\n");
        }

        @Test
        @DisplayName("--progress and --metrics report on standard error only")
        void progressAndMetrics() {
            CliRunner.Result plain = CliRunner.run("discover", exampleUrl);
            CliRunner.Result r = CliRunner.run("discover", exampleUrl, "--progress", "--metrics");
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.out()).isEqualTo(plain.out());
            List<String> lines = r.err().lines().toList();
            assertThat(lines).contains("progress: connecting to " + exampleUrl, "progress: tables ...");
            assertThat(lines).anyMatch(l -> l.matches("progress: tables: 6 objects in \\d+ ms"));
            assertThat(lines).anyMatch(l -> l.matches("metrics: \\d+ statements, \\d+ rows, 0 retries, \\d+ ms"));
            assertThat(lines).anyMatch(l -> l.matches("  tables +\\d+ +\\d+ +\\d+ +6"));
        }

        @Test
        @DisplayName("--schema / --exclude matching no schema: a usage error naming the patterns and the schemas, 1")
        void scope() {
            for (String command : List.of("discover", "ddl", "recommend")) {
                CliRunner.Result r = CliRunner.run(command, exampleUrl, "--exclude", "ma*");
                assertThat(r.exitCode()).as(command).isEqualTo(1);
                assertThat(r.out()).isEmpty();
                assertThat(r.err()).isEqualTo("error: no schema matches --exclude 'ma*' (the database has 'main')\n");
                CliRunner.Result include = CliRunner.run(command, exampleUrl, "--schema", "nope*", "--schema", "x");
                assertThat(include.exitCode()).as(command).isEqualTo(1);
                assertThat(include.err()).isEqualTo(
                        "error: no schema matches --schema 'nope*' --schema 'x' (the database has 'main')\n");
            }
            assertThat(CliRunner.run("discover", exampleUrl, "--schema", "m*", "--exclude", "x*").exitCode()).isZero();
        }
    }

    @Nested
    @DisplayName("--help and --version on every command")
    class HelpAndVersion {
        @Test
        @DisplayName("--version")
        void version() {
            for (String[] args : List.of(new String[] {"--version"}, new String[] {"discover", "--version"},
                    new String[] {"dialects", "--version"}, new String[] {"recommend", "--version"},
                    new String[] {"ddl", "--version"}, new String[] {"migrate", "--version"})) {
                CliRunner.Result r = CliRunner.run(args);
                assertThat(r.exitCode()).isEqualTo(0);
                assertThat(r.out()).startsWith("schema-discovery 0.1.0-SNAPSHOT\nJava ");
            }
        }

        @Test
        @DisplayName("--help")
        void help() {
            CliRunner.Result root = CliRunner.run("--help");
            assertThat(root.exitCode()).isEqualTo(0);
            assertThat(root.out()).contains("Usage: schema-discovery [-hV] [--plugins=DIR] [COMMAND]")
                    .contains("  discover   Discover a database's schema and print it.")
                    .contains("  dialects   List the available dialects and JDBC drivers")
                    .contains("  migrate    Plan the migration from <from> to <to>");
            for (String command : List.of("discover", "recommend", "ddl")) {
                CliRunner.Result r = CliRunner.run(command, "--help");
                assertThat(r.exitCode()).isEqualTo(0);
                assertThat(r.out()).contains("Usage: schema-discovery " + command)
                        .contains("--password-env=VAR").contains("--schema=GLOB").contains("--format=FORMAT")
                        .contains("--timeout=DURATION").contains("--progress").contains("--metrics");
            }
        }
    }

    @Test
    @DisplayName("dialects: the generic fallback and the drivers found")
    void dialects() {
        CliRunner.Result r = CliRunner.run("dialects");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).startsWith("Dialect ").containsPattern("(?m)^JDBC drivers:$");
        assertThat(r.out()).containsPattern("(?m)^generic +no +built-in$")
                .containsPattern("(?m)^  org\\.sqlite\\.JDBC +class path sqlite-jdbc-3\\.54\\.1\\.0\\.jar$");
        CliRunner.Result json = CliRunner.run("dialects", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(0);
        Map<?, ?> parsed = new JsonCodec().read(json.out(), Map.class);
        assertThat(parsed.keySet().stream().map(String::valueOf).toList()).containsExactly("dialects", "drivers");
    }

    @Nested
    @DisplayName("PostgreSQL: --user and --password-env on a live server, scoped with --schema")
    class PostgreSql {
        static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
        static String database;
        static String url;

        @BeforeAll
        static void createDatabase() throws SQLException {
            database = "sd_cli_test_" + Long.toHexString(System.nanoTime());
            url = "jdbc:postgresql://127.0.0.1:5432/" + database;
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(ADMIN_URL, "postgres", "");
                 java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            }
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
                 java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA app");
                s.execute("CREATE TABLE app.authors (id int PRIMARY KEY, name text NOT NULL UNIQUE)");
                s.execute("CREATE TABLE app.books (id int PRIMARY KEY, author_id int REFERENCES app.authors (id))");
                s.execute("CREATE TABLE public.ignored (id int)");
            }
        }

        @org.junit.jupiter.api.AfterAll
        static void dropDatabase() throws SQLException {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(ADMIN_URL, "postgres", "");
                 java.sql.Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }

        @Test
        @DisplayName("--schema 'nope*': exit 1 naming the pattern and the schemas the database has")
        void noSchemaMatches() {
            for (String command : List.of("discover", "ddl", "recommend")) {
                CliRunner.Result r = CliRunner.run(command, url, "--user", "postgres", "--schema", "nope*");
                assertThat(r.exitCode()).as(command).isEqualTo(1);
                assertThat(r.out()).isEmpty();
                assertThat(r.err()).isEqualTo("error: no schema matches --schema 'nope*' (the database has 'app', "
                        + "'public')\n");
            }
        }

        @Test
        @DisplayName("mermaid of schema app only; the password is not printed")
        void discover() {
            CliRunner.Result r = CliRunner.run(Map.of("SD_PG_PW", "pg-Secret-1"), "discover", url, "--user",
                    "postgres", "--password-env", "SD_PG_PW", "--schema", "app", "--format", "mermaid", "--progress");
            assertThat(r.exitCode()).isEqualTo(0);
            assertThat(r.out()).isEqualTo("""
                    erDiagram
                        authors {
                            integer id PK
                            text name UK
                        }
                        books {
                            integer id PK
                            integer author_id FK
                        }
                        authors |o..o{ books : "author_id"
                    """);
            assertThat(r.all()).doesNotContain("pg-Secret-1");
        }
    }
}
