package org.schemadiscovery.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.spi.SchemaFingerprint;
import org.schemadiscovery.core.json.RichSchema;

@DisplayName("cache entry codec: bytes and streams read back the entry written; incomplete entries are refused")
class CacheEntryCodecTest {
    private final CacheEntryCodec codec = new CacheEntryCodec();
    private final CacheEntry entry = new CacheEntry(new SchemaFingerprint("d1", "r1",
            Map.of(new TableRef(null, "public", "t"), "x1")), RichSchema.build());

    @Test
    @DisplayName("read from bytes and from a stream of the entry's size both give the entry written")
    void roundTrip() {
        byte[] bytes = codec.write(entry);
        assertThat(codec.read(bytes)).isEqualTo(entry);
        assertThat(codec.read(new ByteArrayInputStream(bytes), bytes.length)).isEqualTo(entry);
    }

    @Test
    @DisplayName("a stream whose size does not match the header, or that ends early, is refused")
    void incompleteStreams() {
        byte[] bytes = codec.write(entry);
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(bytes), bytes.length + 1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 40);
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(cut), bytes.length))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.read(cut)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
        byte[] noHeader = "{\"cacheFormat\":".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(noHeader), noHeader.length))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no header line");
    }

    @Test
    @DisplayName("an entry of another format version is refused from a stream too")
    void otherFormat() {
        String text = new String(codec.write(entry), StandardCharsets.UTF_8).replaceFirst(
                "\"cacheFormat\":" + CacheEntryCodec.FORMAT_VERSION, "\"cacheFormat\":99");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(bytes), bytes.length))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format 99");
    }

    @Test
    @DisplayName("a snapshot byte changed in place (still valid JSON) fails the checksum, from bytes and from a stream")
    void corruptSnapshot() {
        byte[] bytes = codec.write(entry);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.indexOf("\"tables\"", text.indexOf('\n'));
        byte[] corrupt = bytes.clone();
        corrupt[at + 1] = 'T';
        assertThatThrownBy(() -> codec.read(corrupt)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("corrupt cache entry");
        assertThatThrownBy(() -> codec.read(new ByteArrayInputStream(corrupt), corrupt.length))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corrupt cache entry");
    }

    @Test
    @DisplayName("an entry read keeps the snapshot's JSON as written and is written again to the same bytes")
    void keepsTheStoredJson() throws java.io.IOException {
        byte[] bytes = codec.write(entry);
        CacheEntry read = codec.read(new ByteArrayInputStream(bytes), bytes.length);
        StoredSnapshot stored = read.stored().orElseThrow();
        String json = new String(stored.json().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo(new org.schemadiscovery.core.json.JsonCodec(false).write(entry.snapshot()));
        assertThat(stored.length()).isEqualTo(json.getBytes(StandardCharsets.UTF_8).length);
        assertThat(codec.write(read)).isEqualTo(bytes);
        assertThat(read.snapshot()).isSameAs(read.snapshot()).isEqualTo(entry.snapshot());
        assertThat(entry.stored()).isEmpty();
    }

    @Test
    @DisplayName("an entry of another model shape is parsed on read (never copied as stored); unreadable, it is refused")
    void otherModelShape() {
        String text = new String(codec.write(entry), StandardCharsets.UTF_8);
        assertThat(text).contains("\"modelShape\":\"" + org.schemadiscovery.core.json.ModelShape.digest() + "\"");
        byte[] other = text.replace(org.schemadiscovery.core.json.ModelShape.digest(), "another build")
                .getBytes(StandardCharsets.UTF_8);
        CacheEntry read = codec.read(other);
        assertThat(read.stored()).isEmpty();
        assertThat(read).isEqualTo(entry);
        assertThat(codec.read(new ByteArrayInputStream(other), other.length).stored()).isEmpty();

        String otherText = new String(other, StandardCharsets.UTF_8);
        String header = otherText.substring(0, otherText.indexOf('\n'));
        String body = "{\"formatVersion\":1,\"identity\":42}";
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        byte[] unreadable = (header.replaceFirst("\"snapshotBytes\":[0-9]+", "\"snapshotBytes\":" + body.length())
                .replaceFirst("\"snapshotCrc32c\":[0-9]+", "\"snapshotCrc32c\":" + crc.getValue()) + "\n" + body)
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.read(unreadable)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another model shape unreadable");
    }
}
