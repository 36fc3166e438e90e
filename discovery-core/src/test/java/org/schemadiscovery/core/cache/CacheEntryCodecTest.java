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
}
