package org.schemadiscovery.dialect.sqlite;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.schemadiscovery.tck.ScriptClient;
import org.schemadiscovery.tck.TestDatabase;

/** Applies a script with {@code sqlite3 -bail} to the test database's file, piped on standard input. */
public final class Sqlite3Client implements ScriptClient {
    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public Result apply(TestDatabase db, String script) throws Exception {
        if (!db.jdbcUrl().startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an SQLite file URL: " + db.jdbcUrl());
        }
        return run(Path.of(db.jdbcUrl().substring(PREFIX.length())), script);
    }

    /** Runs the script against the file; exit code and everything sqlite3 printed. */
    public static Result run(Path file, String script) throws Exception {
        Path input = Files.createTempFile("tck-migration", ".sql");
        try {
            Files.writeString(input, script, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("sqlite3", "-bail", file.toString()).redirectInput(input.toFile())
                    .redirectErrorStream(true).start();
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
