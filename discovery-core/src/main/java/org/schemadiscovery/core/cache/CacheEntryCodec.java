package org.schemadiscovery.core.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.core.json.JsonCodec;

/**
 * The stored form of a {@link CacheEntry}, shared by every store that keeps bytes (files, Redis): one header line of
 * JSON ({@code cacheFormat}, the fingerprint, the snapshot's length in bytes, and the fingerprint token when there
 * is one), then the snapshot as {@link JsonCodec} writes it. Reading checks the format version and the length, so an
 * entry of another version or a truncated one is refused with {@link IllegalArgumentException}, never read in part.
 * The {@code token} field is optional in both directions (a reader that does not know it ignores it; an entry
 * without it is checked by its fingerprint alone), so it needed no new format version. Thread-safe.
 */
public final class CacheEntryCodec {
    /** Bumped with any incompatible change of the header or of {@link JsonCodec#FORMAT_VERSION}. */
    public static final int FORMAT_VERSION = 2;

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonCodec snapshots = new JsonCodec(false);

    /** The entry's bytes. */
    public byte[] write(CacheEntry entry) {
        byte[] snapshot = snapshots.write(entry.snapshot()).getBytes(StandardCharsets.UTF_8);
        ObjectNode header = mapper.createObjectNode();
        header.put("cacheFormat", FORMAT_VERSION);
        header.put("snapshotFormat", JsonCodec.FORMAT_VERSION);
        header.put("snapshotBytes", snapshot.length);
        header.put("digest", entry.fingerprint().digest());
        header.put("rest", entry.fingerprint().rest());
        entry.token().ifPresent(t -> header.put("token", t));
        ArrayNode tables = header.putArray("tables");
        entry.fingerprint().tables().forEach((table, digest) -> tables.addArray().add(table.catalog())
                .add(table.schema()).add(table.name()).add(digest));
        byte[] head = (header.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + snapshot.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(snapshot, 0, out, head.length, snapshot.length);
        return out;
    }

    /**
     * The entry in these bytes.
     *
     * @throws IllegalArgumentException when they are not a complete entry of this format
     */
    public CacheEntry read(byte[] bytes) {
        int newline = indexOf(bytes, (byte) '\n');
        if (newline < 0) {
            throw new IllegalArgumentException("not a cache entry: no header line");
        }
        JsonNode header;
        try {
            header = mapper.readTree(new String(bytes, 0, newline, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a cache entry: unreadable header", e);
        }
        int format = header.path("cacheFormat").asInt(-1);
        int snapshotFormat = header.path("snapshotFormat").asInt(-1);
        if (format != FORMAT_VERSION || snapshotFormat != JsonCodec.FORMAT_VERSION) {
            throw new IllegalArgumentException("cache entry of format " + format + " with snapshot format "
                    + snapshotFormat + "; this version reads " + FORMAT_VERSION + " with " + JsonCodec.FORMAT_VERSION);
        }
        int length = bytes.length - newline - 1;
        if (header.path("snapshotBytes").asInt(-1) != length) {
            throw new IllegalArgumentException("truncated cache entry: " + length + " of "
                    + header.path("snapshotBytes").asInt(-1) + " snapshot bytes");
        }
        Map<TableRef, String> tables = new HashMap<>();
        for (JsonNode t : header.path("tables")) {
            tables.put(new TableRef(text(t.get(0)), text(t.get(1)), t.get(2).asText()), t.get(3).asText());
        }
        SchemaInfo snapshot = snapshots.read(new String(bytes, newline + 1, length, StandardCharsets.UTF_8));
        return new CacheEntry(new SchemaFingerprint(header.path("digest").asText(),
                text(header.get("rest")), tables), snapshot, Optional.ofNullable(text(header.get("token"))));
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
