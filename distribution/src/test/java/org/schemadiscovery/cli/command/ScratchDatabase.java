package org.schemadiscovery.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A fresh, uniquely named database on one of the real servers (a new file for SQLite), dropped on close, and the
 * database's own command-line client to load it: {@code psql -v ON_ERROR_STOP=1 -X -q}, {@code sqlite3 -bail},
 * {@code mariadb}. Scripts go to the client on standard input, as a user would pipe the CLI's output.
 */
final class ScratchDatabase implements AutoCloseable {
    /** The three databases the project has plugins and servers for. */
    enum Kind {
        POSTGRESQL, SQLITE, MARIADB
    }

    /**
     * What a client run printed and returned.
     *
     * @param exitCode exit code
     * @param output   standard output and standard error together
     */
    record ClientResult(int exitCode, String output) {
    }

    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/";

    private final Kind kind;
    private final String name;
    private final Path file;

    private ScratchDatabase(Kind kind, String name, Path file) {
        this.kind = kind;
        this.name = name;
        this.file = file;
    }

    /** A new empty database; for SQLite a file name in {@code dir} (the client creates it on first use). */
    static ScratchDatabase create(Kind kind, Path dir) {
        String name = "sd_scratch_" + Long.toHexString(System.nanoTime()) + "_" + ProcessHandle.current().pid();
        switch (kind) {
            case POSTGRESQL -> admin(PG_ADMIN, "postgres", "CREATE DATABASE " + name);
            case MARIADB -> admin(MARIADB_ADMIN, "root", "CREATE DATABASE " + name);
            case SQLITE -> {
                return new ScratchDatabase(kind, name, dir.resolve(name + ".db"));
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        return new ScratchDatabase(kind, name, null);
    }

    /** The URL the CLI takes. */
    String url() {
        return switch (kind) {
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root";
            case SQLITE -> "jdbc:sqlite:" + file;
        };
    }

    Kind kind() {
        return kind;
    }

    /** Applies a fixture file with the client; fails the test with the client's output when it does not apply. */
    ScratchDatabase load(Path script) {
        try {
            ClientResult r = apply(Files.readString(script, StandardCharsets.UTF_8));
            if (r.exitCode() != 0) {
                throw new AssertionError("fixture " + script + " did not apply (exit " + r.exitCode() + "):\n"
                        + r.output());
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the client with this script on standard input. */
    ClientResult apply(String script) {
        try {
            Path in = Files.createTempFile("sd-script", ".sql");
            Path out = Files.createTempFile("sd-client", ".txt");
            try {
                Files.writeString(in, script, StandardCharsets.UTF_8);
                Process p = new ProcessBuilder(clientCommand()).redirectInput(in.toFile())
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
                if (!p.waitFor(180, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("client timed out: " + clientCommand());
                }
                return new ClientResult(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(in);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The standard client, as its documentation recommends for scripts. */
    List<String> clientCommand() {
        return switch (kind) {
            case POSTGRESQL -> List.of("psql", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-d", name,
                    "-v", "ON_ERROR_STOP=1", "-X", "-q");
            case SQLITE -> List.of("sqlite3", "-bail", file.toString());
            case MARIADB -> List.of("mariadb", "--protocol=tcp", "-h", "127.0.0.1", "-P", "3306", "-u", "root",
                    name);
        };
    }

    @Override
    public void close() throws IOException {
        switch (kind) {
            case POSTGRESQL -> admin(PG_ADMIN, "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            case MARIADB -> admin(MARIADB_ADMIN, "root", "DROP DATABASE IF EXISTS " + name);
            case SQLITE -> {
                for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                    Files.deleteIfExists(Path.of(file + suffix));
                }
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + " " + name;
    }

    private static void admin(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
