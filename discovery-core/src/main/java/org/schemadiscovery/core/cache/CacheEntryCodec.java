package org.schemadiscovery.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.core.json.JsonCodec;
import org.schemadiscovery.core.json.ModelShape;

/**
 * The stored form of a {@link CacheEntry}, shared by every store that keeps bytes (files, Redis): one header line of
 * JSON ({@code cacheFormat}, the fingerprint, the snapshot's length in bytes and CRC-32C, and the fingerprint token
 * when there is one), then the snapshot as {@link JsonCodec} writes it. Reading checks the format version, the
 * length and the checksum, so an entry of another version, a truncated or a corrupt one is refused with
 * {@link IllegalArgumentException}, never read in part. The header also names the {@link ModelShape} of the build
 * that wrote it: of this build's shape, the snapshot is parsed only when the entry's model is asked for
 * ({@link StoredSnapshot}), so a hit written out as JSON never parses it; of another shape, it is parsed on read.
 * The {@code token} field is optional in both directions (a reader that does not know it ignores it; an entry
 * without it is checked by its fingerprint alone), so it needed no new format version. Thread-safe.
 */
public final class CacheEntryCodec {
    /** Bumped with any incompatible change of the header or of {@link JsonCodec#FORMAT_VERSION}. */
    public static final int FORMAT_VERSION = 3;

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonCodec snapshots = new JsonCodec(false);

    /** The entry's bytes; an entry read from bytes is written again without encoding its snapshot. */
    public byte[] write(CacheEntry entry) {
        StoredSnapshot stored = entry.stored().orElse(null);
        byte[] encoded = stored != null ? null : snapshots.write(entry.snapshot()).getBytes(StandardCharsets.UTF_8);
        int length = stored != null ? stored.length() : encoded.length;
        ObjectNode header = mapper.createObjectNode();
        header.put("cacheFormat", FORMAT_VERSION);
        header.put("snapshotFormat", JsonCodec.FORMAT_VERSION);
        header.put("snapshotBytes", length);
        header.put("snapshotCrc32c", stored != null ? stored.crc32c() : crc(encoded, 0, length));
        header.put("modelShape", ModelShape.digest());
        header.put("digest", entry.fingerprint().digest());
        header.put("rest", entry.fingerprint().rest());
        entry.token().ifPresent(t -> header.put("token", t));
        ArrayNode tables = header.putArray("tables");
        entry.fingerprint().tables().forEach((table, digest) -> tables.addArray().add(table.catalog())
                .add(table.schema()).add(table.name()).add(digest));
        byte[] head = (header.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + length];
        System.arraycopy(head, 0, out, 0, head.length);
        if (stored != null) {
            stored.copyInto(out, head.length);
        } else {
            System.arraycopy(encoded, 0, out, head.length, length);
        }
        return out;
    }

    /**
     * The entry in these bytes (kept, not copied: the caller must not change them); the snapshot is parsed in place
     * when first asked for.
     *
     * @throws IllegalArgumentException when they are not a complete entry of this format
     */
    public CacheEntry read(byte[] bytes) {
        int newline = indexOf(bytes, (byte) '\n');
        if (newline < 0) {
            throw new IllegalArgumentException("not a cache entry: no header line");
        }
        JsonNode header = header(bytes, newline);
        int length = bytes.length - newline - 1;
        checkLength(header, length);
        return stored(header, bytes, newline + 1, length);
    }

    /**
     * The entry in a stream (not closed) of exactly {@code size} bytes, such as an open file: the header is checked
     * (format version, snapshot length against {@code size}) before the snapshot's bytes are read and checked against
     * the header's checksum; the snapshot is parsed from them when first asked for.
     *
     * @throws IllegalArgumentException when the stream is not a complete entry of this format
     * @throws UncheckedIOException     when the stream cannot be read
     */
    public CacheEntry read(InputStream in, long size) {
        ByteArrayOutputStream head = new ByteArrayOutputStream(1 << 12);
        try {
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IllegalArgumentException("not a cache entry: no header line");
                }
                head.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] headBytes = head.toByteArray();
        JsonNode header = header(headBytes, headBytes.length);
        long length = size - headBytes.length - 1;
        checkLength(header, length);
        if (length > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("cache entry too large: " + length + " snapshot bytes");
        }
        // read straight into one array (readNBytes(int) gathers 8 KB chunks and copies them together)
        byte[] snapshot = new byte[(int) length];
        int read;
        try {
            read = in.readNBytes(snapshot, 0, snapshot.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkLength(header, read);
        return stored(header, snapshot, 0, snapshot.length);
    }

    private CacheEntry stored(JsonNode header, byte[] bytes, int offset, int length) {
        long expected = header.path("snapshotCrc32c").asLong(-1);
        long actual = crc(bytes, offset, length);
        if (expected != actual) {
            throw new IllegalArgumentException("corrupt cache entry: snapshot checksum " + actual + ", header says "
                    + expected);
        }
        StoredSnapshot stored = new StoredSnapshot(bytes, offset, length, snapshots);
        if (!ModelShape.digest().equals(header.path("modelShape").asText(null))) {
            // written by a build of another model shape: its bytes are not what this build writes, and may not even
            // read; parsed now, so that a failure is this read's (a warning and a miss), and never copied as they are
            return new CacheEntry(fingerprint(header), parsed(stored), token(header));
        }
        return CacheEntry.stored(fingerprint(header), stored, token(header));
    }

    private static SchemaInfo parsed(StoredSnapshot stored) {
        try {
            return stored.schema();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("cache entry of another model shape unreadable: "
                    + e.getCause().getMessage(), e);
        }
    }

    static long crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }

    /**
     * The bytes of a token recorded beside an entry (see {@link SnapshotCache#putToken}): the token and the digest of
     * the fingerprint it stands for.
     */
    public byte[] writeToken(String digest, String token) {
        ObjectNode node = mapper.createObjectNode();
        node.put("cacheFormat", FORMAT_VERSION);
        node.put("digest", digest);
        node.put("token", token);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The entry with the token recorded beside it when that token stands for this entry's fingerprint (same digest,
     * same format); else the entry as it is. Unreadable token bytes are ignored: the fingerprint then decides.
     */
    public CacheEntry withRecordedToken(CacheEntry entry, byte[] tokenBytes) {
        if (tokenBytes == null) {
            return entry;
        }
        try {
            JsonNode node = mapper.readTree(tokenBytes);
            if (node.path("cacheFormat").asInt(-1) == FORMAT_VERSION && node.path("token").isTextual()
                    && entry.fingerprint().digest().equals(node.path("digest").asText(null))) {
                return entry.withToken(Optional.of(node.path("token").asText()));
            }
        } catch (IOException e) {
            // ignored, as documented: a lost token costs one fingerprint
        }
        return entry;
    }

    private JsonNode header(byte[] bytes, int length) {
        JsonNode header;
        try {
            header = mapper.readTree(bytes, 0, length);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a cache entry: unreadable header", e);
        }
        int format = header.path("cacheFormat").asInt(-1);
        int snapshotFormat = header.path("snapshotFormat").asInt(-1);
        if (format != FORMAT_VERSION || snapshotFormat != JsonCodec.FORMAT_VERSION) {
            throw new IllegalArgumentException("cache entry of format " + format + " with snapshot format "
                    + snapshotFormat + "; this version reads " + FORMAT_VERSION + " with " + JsonCodec.FORMAT_VERSION);
        }
        return header;
    }

    private static void checkLength(JsonNode header, long length) {
        if (header.path("snapshotBytes").asLong(-1) != length) {
            throw new IllegalArgumentException("truncated cache entry: " + length + " of "
                    + header.path("snapshotBytes").asLong(-1) + " snapshot bytes");
        }
    }

    private static SchemaFingerprint fingerprint(JsonNode header) {
        Map<TableRef, String> tables = new HashMap<>();
        for (JsonNode t : header.path("tables")) {
            tables.put(new TableRef(text(t.get(0)), text(t.get(1)), t.get(2).asText()), t.get(3).asText());
        }
        return new SchemaFingerprint(header.path("digest").asText(), text(header.get("rest")), tables);
    }

    private static Optional<String> token(JsonNode header) {
        return Optional.ofNullable(text(header.get("token")));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
