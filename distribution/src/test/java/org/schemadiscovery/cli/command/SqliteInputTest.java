package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SQLite: what is not a database file says so; WAL databases as help and README describe")
class SqliteInputTest {
    private static final String WAL_HELP = "SQLite files are opened read-only: the file is never created or written;"
            + " for a WAL-mode database SQLite may create the -wal and -shm files beside it.";
    private static final String WAL_README = "SQLite files are opened read-only: the database file is never created or"
            + " written, and a missing file is an error (exit 2). For a WAL-mode database SQLite may create the `-wal`"
            + " and `-shm` files beside it";

    @TempDir
    Path dir;

    @Test
    @DisplayName("a text file: exit 2, 'not a SQLite database', no retries")
    void notADatabase() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "plain text ".repeat(50));
        CliRunner.Result r = CliRunner.run("discover", "jdbc:sqlite:" + text, "--progress");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + text + " is not a SQLite database (it does not start with the"
                + " SQLite file header)\n");
    }

    @Test
    @DisplayName("a directory: exit 2, says it is a directory")
    void directory() {
        CliRunner.Result r = CliRunner.run("discover", "jdbc:sqlite:" + dir);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + dir + " is a directory, not a SQLite database file\n");
    }

    @Test
    @DisplayName("jdbc:sqlite: with no file, :memory: and mode=memory: a usage error (1)")
    void noFile() {
        for (String url : List.of("jdbc:sqlite:", "jdbc:sqlite::memory:", "jdbc:sqlite:file::memory:?cache=shared",
                "jdbc:sqlite:file:db1?mode=memory")) {
            CliRunner.Result r = CliRunner.run("discover", url);
            assertThat(r.exitCode()).as(url).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: '" + url + "' names no database file: SQLite would open a new, "
                    + "empty temporary database; give the file, e.g. jdbc:sqlite:app.db\n");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    @DisplayName("an empty file is an empty database, as SQLite has it")
    void emptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        CliRunner.Result r = CliRunner.run("discover", "jdbc:sqlite:" + empty);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\nContents  0 tables, 0 views, 0 foreign keys, 0 indexes\n");
    }

    @Test
    @DisplayName("WAL mode: the main file's bytes stay the same; only -wal and -shm appear, as help and README say")
    void walDatabase() throws Exception {
        Path db = dir.resolve("wal.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        }
        String before = sha256(db);
        assertThat(listing()).containsExactly("wal.db");
        CliRunner.Result r = CliRunner.run("discover", "jdbc:sqlite:" + db);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(listing()).containsExactly("wal.db", "wal.db-shm", "wal.db-wal");

        String help = CliRunner.run("discover", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains(WAL_HELP);
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(readme).contains(WAL_README);
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

}
