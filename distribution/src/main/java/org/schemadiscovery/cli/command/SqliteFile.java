package org.schemadiscovery.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Checks a {@code jdbc:sqlite:} URL before the driver sees it, for the mistakes the driver reports badly: no file at
 * all ({@code jdbc:sqlite:} or {@code :memory:} open a new, empty temporary database, never what a discovery meant),
 * a directory, a file that is not a SQLite database.
 */
final class SqliteFile {
    private static final String PREFIX = "jdbc:sqlite:";
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteFile() {
    }

    /** Throws a {@link CliException} when the URL is a SQLite URL that cannot name a database file. */
    static void check(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return;
        }
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        String location = query >= 0 ? rest.substring(0, query) : rest;
        String lower = rest.toLowerCase(Locale.ROOT);
        if (location.isBlank() || location.equals(":memory:") || location.startsWith("file::memory:")
                || lower.contains("mode=memory")) {
            throw CliException.usage("'" + url + "' names no database file: SQLite would open a new, empty "
                    + "temporary database; give the file, e.g. jdbc:sqlite:app.db");
        }
        Path file = path(location);
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCodes.CONNECTION, file + " is a directory, not a SQLite database file");
        }
        if (Files.isRegularFile(file) && Files.isReadable(file) && !hasHeader(file)) {
            throw new CliException(ExitCodes.CONNECTION, file + " is not a SQLite database (it does not start with "
                    + "the SQLite file header)");
        }
    }

    /** The file a location names, or null when it is a URI form left to the driver. */
    private static Path path(String location) {
        String p = location;
        if (p.startsWith("file:")) {
            p = p.substring("file:".length());
            if (p.startsWith("//")) {
                p = p.substring(2);
            }
        }
        try {
            return Path.of(p);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** An empty file is an empty database to SQLite; anything else must start with the 16-byte header. */
    private static boolean hasHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEADER.length);
            return start.length == 0 || Arrays.equals(start, HEADER);
        } catch (IOException e) {
            return true;
        }
    }
}
