package org.schemadiscovery.dialect.sqlite.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What a file looks like from outside: its identity (device and inode), size, modification time and, where the
 * platform has it, its change time (which no copy tool can set back, unlike the modification time {@code cp -p} or
 * {@code rsync -t} keep). A file replaced by {@code mv} has another identity; one overwritten in place, another
 * change time.
 */
final class FileStamp {
    /** The stamp of a file that is absent, or empty where that means the same (a write-ahead log). */
    static final String NONE = "none";

    private FileStamp() {
    }

    /**
     * The file's stamp; empty when it cannot be read or the platform gives files no identity (then nothing tells a
     * replaced file from the one it replaced).
     *
     * @param file        the file
     * @param emptyIsNone an empty file stamps as {@link #NONE}, like an absent one
     * @param changeTime  include the change time (not for a file that SQLite itself touches on every open: running
     *                    as root, it gives a write-ahead log its database's owner, which moves the log's change time)
     */
    static Optional<String> of(Path file, boolean emptyIsNone, boolean changeTime) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of(NONE);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        if (attributes.fileKey() == null || !attributes.isRegularFile()) {
            return Optional.empty();
        }
        if (emptyIsNone && attributes.size() == 0) {
            return Optional.of(NONE);
        }
        return Optional.of(attributes.fileKey() + " " + attributes.size() + " " + attributes.lastModifiedTime()
                + (changeTime ? " " + changeTime(file) : ""));
    }

    private static String changeTime(Path file) {
        try {
            return String.valueOf(Files.getAttribute(file, "unix:ctime"));
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException | SecurityException e) {
            return "-";
        }
    }
}
