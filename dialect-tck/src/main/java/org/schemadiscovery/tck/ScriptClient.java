package org.schemadiscovery.tck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    /** How long {@link #pipe(List, String)} lets a client run. */
    Duration CLIENT_TIMEOUT = Duration.ofMinutes(2);

    Result apply(TestDatabase db, String script) throws Exception;

    /**
     * Runs the command with the script piped on its standard input (from a file, as {@code client < script.sql}
     * would), standard error merged into the output; a client still running after two minutes is killed and
     * reported with exit code -1.
     */
    static Result pipe(List<String> command, String script) throws IOException, InterruptedException {
        return pipe(command, Map.of(), script, CLIENT_TIMEOUT);
    }

    /**
     * {@link #pipe(List, String)} with more environment variables for the client (a password, kept off its command
     * line where {@code ps} would show it).
     */
    static Result pipe(List<String> command, Map<String, String> environment, String script)
            throws IOException, InterruptedException {
        return pipe(command, environment, script, CLIENT_TIMEOUT);
    }

    /**
     * {@link #pipe(List, Map, String)} killed after {@code timeout}. The output goes to a file that is read once the
     * client ended: reading a pipe until its end would wait as long as a hung client.
     */
    static Result pipe(List<String> command, Map<String, String> environment, String script, Duration timeout)
            throws IOException, InterruptedException {
        Path input = Files.createTempFile("tck-script", ".sql");
        Path output = Files.createTempFile("tck-script", ".out");
        try {
            Files.writeString(input, script, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(command).redirectInput(input.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            pb.environment().putAll(environment);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                List<ProcessHandle> children = p.descendants().toList();
                p.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                p.waitFor(10, TimeUnit.SECONDS);
                return new Result(-1, Files.readString(output, StandardCharsets.UTF_8) + "\n(timed out)");
            }
            return new Result(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }
}
