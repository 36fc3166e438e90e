package org.schemadiscovery.core.cache;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Snapshots as files {@code <key>.sdcache} in one directory (created on first write), each written to a temporary
 * file and moved into place, so that a reader sees a whole entry or none; several processes may share the directory.
 * The format is {@link CacheEntryCodec}'s. A token recorded on a later hit ({@link #putToken}) is a small
 * {@code <key>.token} file beside the entry, so that the entry is not written again for it.
 */
public final class DirectorySnapshotCache implements SnapshotCache {
    private final Path directory;
    private static final int BUFFER = 1 << 16;

    private final CacheEntryCodec codec = new CacheEntryCodec();

    /** A cache in this directory. */
    public DirectorySnapshotCache(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public Optional<CacheEntry> get(String key) {
        Path file = file(key);
        // the snapshot's bytes are read whole (once, into one array) and checked; the model is parsed from them only
        // when asked for. The size is the open file's, so an entry moved into place meanwhile does not mix with this
        // one
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             InputStream in = new BufferedInputStream(Channels.newInputStream(channel), BUFFER)) {
            return Optional.of(codec.withRecordedToken(codec.read(in, channel.size()), recordedToken(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new UncheckedIOException("cannot read cache entry " + file + ": " + cause.getMessage(), cause);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cache entry " + file + " ignored: " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String key, CacheEntry entry) {
        Path file = file(key);
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, key, ".tmp");
            try {
                Files.write(temp, codec.write(entry));
                // the new entry carries its own token
                Files.deleteIfExists(tokenFile(key));
                moveIntoPlace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache entry " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes only the token, to {@code <key>.token} beside the entry (moved into place like an entry). */
    @Override
    public void putToken(String key, CacheEntry stored, String token) {
        Path file = tokenFile(key);
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, key, ".tmp");
            try {
                Files.write(temp, codec.writeToken(stored.fingerprint().digest(), token));
                moveIntoPlace(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache token " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] recordedToken(String key) {
        try {
            return Files.readAllBytes(tokenFile(key));
        } catch (IOException e) {
            // none recorded (or unreadable): the fingerprint decides
            return null;
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file a token recorded for an entry is kept in. */
    public Path tokenFile(String key) {
        return file(key).resolveSibling(key + ".token");
    }

    /** The file an entry is kept in. */
    public Path file(String key) {
        if (!key.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return directory.resolve(key + ".sdcache");
    }

    @Override
    public String describe() {
        return "directory " + directory;
    }
}
