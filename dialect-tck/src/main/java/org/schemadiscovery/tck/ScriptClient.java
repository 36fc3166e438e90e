package org.schemadiscovery.tck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a migration script with the database's own command-line client, as a user would ({@code psql -v
 * ON_ERROR_STOP=1}, {@code sqlite3 -bail}, {@code mariadb}).
 */
@FunctionalInterface
public interface ScriptClient {
    /** The client's exit code and everything it printed. */
    record Result(int exitCode, String output) {
    }

    Result apply(TestDatabase db, String script) throws Exception;

    /**
     * Runs the command with the script piped on its standard input (from a file, as {@code client < script.sql}
     * would), standard error merged into the output; a client still running after two minutes is killed and
     * reported with exit code -1.
     */
    static Result pipe(List<String> command, String script) throws IOException, InterruptedException {
        Path input = Files.createTempFile("tck-script", ".sql");
        try {
            Files.writeString(input, script, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(command).redirectInput(input.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, output + "\n(timed out)");
            }
            return new Result(p.exitValue(), output);
        } finally {
            Files.deleteIfExists(input);
        }
    }
}
