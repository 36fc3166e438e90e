package org.schemadiscovery.core.cache;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.json.JsonCodec;

/**
 * A snapshot as a store read it: the compact JSON {@link JsonCodec} wrote, already checked against the entry's
 * checksum, and the model parsed from it only when first asked for. A hit that is only written out again as JSON
 * (the CLI's {@code discover --format json}) copies these bytes and never builds the model: for 5000 tables that is
 * 45 MB, whose parse cost more than the rest of a cold hit. Thread-safe; the model is parsed at most once.
 */
public final class StoredSnapshot {
    private final byte[] bytes;
    private final int offset;
    private final int length;
    private final FutureTask<SchemaInfo> parse;

    /**
     * @param bytes  holds the snapshot's UTF-8 JSON at {@code [offset, offset + length)}; not copied, never changed
     * @param codec  parses it
     */
    StoredSnapshot(byte[] bytes, int offset, int length, JsonCodec codec) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        Objects.checkFromIndexSize(offset, length, bytes.length);
        this.offset = offset;
        this.length = length;
        this.parse = new FutureTask<>(() -> codec.read(bytes, offset, length));
    }

    /** The snapshot's JSON as stored (compact, UTF-8). */
    public InputStream json() {
        return new ByteArrayInputStream(bytes, offset, length);
    }

    /** The length of {@link #json()} in bytes. */
    public int length() {
        return length;
    }

    /**
     * The model, parsed on the first call (or joined, when {@link #parseInBackground} began it).
     *
     * @throws IllegalStateException when the bytes are not a snapshot this version reads, which the checksum and
     *                               format version checked before make a defect of the writer, not corruption
     */
    public SchemaInfo schema() {
        parse.run();
        try {
            return parse.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing a stored snapshot", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("stored snapshot unreadable: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Starts parsing the model on a daemon thread, for a caller that will soon need it and is about to wait for the
     * database meanwhile (the fingerprint). Does nothing once parsing began.
     */
    public void parseInBackground() {
        if (!parse.isDone()) {
            Thread t = new Thread(parse, "schema-discovery-snapshot-parse");
            t.setDaemon(true);
            t.start();
        }
    }

    /** The JSON's CRC-32C, as the entry header carries it. */
    long crc32c() {
        return CacheEntryCodec.crc(bytes, offset, length);
    }

    /** Copies the JSON into {@code out} at {@code at}, for a store writing the entry again without encoding it. */
    void copyInto(byte[] out, int at) {
        System.arraycopy(bytes, offset, out, at, length);
    }
}
