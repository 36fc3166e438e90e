package org.schemadiscovery.dialect.sqlite;

import java.nio.file.Path;
import java.util.List;
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
        return ScriptClient.pipe(List.of("sqlite3", "-bail", file.toString()), script);
    }
}
