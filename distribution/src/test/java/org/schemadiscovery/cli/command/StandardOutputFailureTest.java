package org.schemadiscovery.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.cli.example.ExampleDatabase;

/** A standard output that fails (a full disk, a closed pipe) is an error, with the exit code of a failed -o write. */
class StandardOutputFailureTest {
    @TempDir
    static Path tmp;
    static String exampleUrl;

    @BeforeAll
    static void exampleDatabase() throws IOException, SQLException {
        Path db = tmp.resolve("example.db");
        ExampleDatabase.create(Path.of("src/main/dist/example/example.sql"), db);
        exampleUrl = "jdbc:sqlite:" + db;
    }

    /** Like a PrintStream's target on /dev/full: every write fails with "No space left on device". */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private static CliRunner.Result runToFullDisk(String... args) {
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8));
        int code = new Cli(new CliEnvironment(out, new PrintWriter(err), Map.<String, String>of()::get, null, false))
                .run(args);
        return new CliRunner.Result(code, "", err.toString());
    }

    @Test
    @DisplayName("discover, ddl, recommend and --help: one error line and the code of a failed --output")
    void sameCodeAsFailedOutputFile() {
        CliRunner.Result toFile = CliRunner.run("discover", exampleUrl, "-o", tmp.resolve("no-dir/x.txt").toString());
        assertThat(toFile.exitCode()).isNotZero();
        for (String[] args : new String[][] {{"discover", exampleUrl}, {"discover", exampleUrl, "-f", "json"},
                {"ddl", exampleUrl}, {"recommend", exampleUrl}, {"dialects"}, {"--help"}}) {
            CliRunner.Result r = runToFullDisk(args);
            assertThat(r.exitCode()).as("exit code of %s", String.join(" ", args)).isEqualTo(toFile.exitCode());
            assertThat(r.err()).as("stderr of %s", String.join(" ", args))
                    .startsWith("error: cannot write to standard output: ").hasLineCount(1);
        }
    }
}
