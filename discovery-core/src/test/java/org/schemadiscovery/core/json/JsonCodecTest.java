package org.schemadiscovery.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;

class JsonCodecTest {
    private final JsonCodec codec = new JsonCodec();

    @Test
    @DisplayName("read(write(x)).equals(x) for a schema using every model record")
    void roundTrip() {
        SchemaInfo rich = RichSchema.build();
        String json = codec.write(rich);
        SchemaInfo back = codec.read(json);
        assertThat(back).isEqualTo(rich);
        assertThat(codec.write(back)).isEqualTo(json);
    }

    @Test
    @DisplayName("UTF-8 bytes read from a stream or in place give the same schema as the string; errors alike")
    void readsBytes() {
        SchemaInfo rich = RichSchema.build();
        byte[] utf8 = ("  " + codec.write(rich)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(codec.read(new java.io.ByteArrayInputStream(utf8))).isEqualTo(rich);
        assertThat(codec.read(utf8, 2, utf8.length - 2)).isEqualTo(rich);
        assertThatThrownBy(() -> codec.read(utf8, 2, utf8.length - 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid schema JSON");
        byte[] other = "{\"formatVersion\":9}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.read(new java.io.ByteArrayInputStream(other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reads format");
    }

    @Test
    @DisplayName("a document written before TableInfo.rowEstimate existed reads back with the estimate unknown")
    void readsDocumentsWithoutRowEstimate() {
        SchemaInfo rich = RichSchema.build();
        assertThat(rich.tables()).anyMatch(t -> t.rowEstimate() != null);
        String json = codec.write(rich);
        String older = json.replaceAll(",\\s*\"rowEstimate\" : (null|[0-9]+)", "");
        assertThat(older).isNotEqualTo(json).doesNotContain("rowEstimate");

        SchemaInfo back = codec.read(older);

        assertThat(back.tables()).allMatch(t -> t.rowEstimate() == null);
        assertThat(back.tables()).isEqualTo(rich.tables().stream()
                .map(t -> t.toBuilder().rowEstimate(null).build()).toList());
    }

    @Test
    @DisplayName("a document written before comments, owners and privileges of every kind existed reads back with"
            + " them empty")
    void readsDocumentsWithoutCommentsAndPrivileges() {
        SchemaInfo rich = RichSchema.build();
        String json = codec.write(rich);
        String older = withoutProperties(json, "privileges", "schemaDetails");
        assertThat(older).doesNotContain("\"privileges\"", "\"schemaDetails\"");

        SchemaInfo back = codec.read(older);

        assertThat(back.schemaDetails()).isEmpty();
        assertThat(back.tables()).allMatch(t -> t.privileges().isEmpty());
        assertThat(back.routines()).allMatch(r -> r.privileges().isEmpty());
        assertThat(back.routines()).anyMatch(r -> "nightly".equals(r.comment()));
        assertThat(back.tables()).isEqualTo(rich.tables().stream()
                .map(t -> t.toBuilder().privileges(List.of()).build()).toList());
    }

    /** The document with these properties removed wherever they occur, as an older version wrote it. */
    private static String withoutProperties(String json, String... names) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode tree = mapper.readTree(json);
            for (String name : names) {
                for (JsonNode parent : tree.findParents(name)) {
                    ((ObjectNode) parent).remove(name);
                }
            }
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("the hand-written serializers write exactly what databind writes, indented and compact")
    void bulkSerializersMatchDatabind() {
        SchemaInfo rich = RichSchema.build();
        for (boolean indent : new boolean[] {true, false}) {
            JsonCodec fast = new JsonCodec(indent, true);
            JsonCodec databind = new JsonCodec(indent, false);
            assertThat(fast.write(rich)).isEqualTo(databind.write(rich));
            for (TableInfo table : rich.tables()) {
                assertThat(fast.writeValue(table)).isEqualTo(databind.writeValue(table));
                for (ConstraintInfo c : table.constraints()) {
                    assertThat(fast.writeValue(c)).as("%s", c).isEqualTo(databind.writeValue(c));
                }
                table.columns().forEach(c -> assertThat(fast.writeValue(c)).isEqualTo(databind.writeValue(c)));
                table.indexes().forEach(i -> assertThat(fast.writeValue(i)).isEqualTo(databind.writeValue(i)));
            }
            rich.recommendations().forEach(r -> assertThat(fast.writeValue(r)).isEqualTo(databind.writeValue(r)));
        }
        assertThat(rich.tables()).isNotEmpty();
        assertThat(rich.recommendations()).isNotEmpty();
        assertThat(rich.tables().stream().flatMap(t -> t.constraints().stream()).map(c -> c.getClass().getSimpleName())
                .distinct()).contains("PrimaryKey", "UniqueConstraint", "CheckConstraint", "ForeignKey");
    }

    @Test
    @DisplayName("the hand-written deserializers read exactly what databind reads, values and failures alike")
    void bulkDeserializersMatchDatabind() {
        SchemaInfo rich = RichSchema.build();
        JsonCodec fast = new JsonCodec(false, true);
        JsonCodec databind = new JsonCodec(false, false);
        String json = databind.write(rich);
        assertThat(fast.read(json)).isEqualTo(databind.read(json)).isEqualTo(rich);
        for (TableInfo table : rich.tables()) {
            assertThat(fast.read(databind.writeValue(table), TableInfo.class)).isEqualTo(table);
            for (ConstraintInfo c : table.constraints()) {
                assertThat(fast.read(databind.writeValue(c), ConstraintInfo.class)).as("%s", c).isEqualTo(c);
            }
        }
        // missing properties, explicit nulls for primitives, properties in another order
        String sparse = "{\"ordinal\":null,\"name\":\"c\",\"type\":{\"baseName\":\"int\",\"declared\":\"int\"}}";
        ColumnInfo read = fast.read(sparse, ColumnInfo.class);
        assertThat(read).isEqualTo(databind.read(sparse, ColumnInfo.class));
        assertThat(read.ordinal()).isZero();
        assertThat(read.nullable()).isFalse();
        assertThat(read.type().modifiers()).isEqualTo(databind.read(sparse, ColumnInfo.class).type().modifiers());
        // a string where a number stands, as databind coerces it
        String coerced = "{\"name\":\"c\",\"ordinal\":\"7\",\"type\":{\"baseName\":\"int\",\"declared\":\"int\"}}";
        assertThat(fast.read(coerced, ColumnInfo.class)).isEqualTo(databind.read(coerced, ColumnInfo.class));
        assertThat(fast.read(coerced, ColumnInfo.class).ordinal()).isEqualTo(7);
        for (String bad : new String[] {"{\"name\":\"c\",\"unknown\":1}", "{\"ordinal\":1}", "[1]",
                "{\"name\":\"c\",\"ordinal\":\"x\"}"}) {
            assertThatThrownBy(() -> databind.read(bad, ColumnInfo.class)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> fast.read(bad, ColumnInfo.class)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> fast.read("{\"kind\":\"check\",\"name\":\"n\",\"bogus\":true}",
                ConstraintInfo.class)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bogus");
    }

    @Test
    @DisplayName("constraints carry a kind discriminator; derived accessors are not written")
    void shape() {
        String json = new JsonCodec(false).write(RichSchema.build());
        assertThat(json).contains("\"kind\":\"primary-key\"", "\"kind\":\"unique\"", "\"kind\":\"check\"",
                "\"kind\":\"foreign-key\"", "\"kind\":\"exclusion\"");
        assertThat(json).doesNotContain("\"array\":", "\"expression\":true", "\"expression\":false",
                "\"primaryKey\"", "\"foreignKeys\"", "\"displayName\"", "\"usedFraction\"");
        assertThat(json).doesNotContain("\n");
    }

    @Test
    @DisplayName("single model values round-trip too, including a constraint through its sealed interface")
    void values() {
        SchemaInfo rich = RichSchema.build();
        TableInfo table = rich.tables().get(0);
        assertThat(codec.read(codec.writeValue(table), TableInfo.class)).isEqualTo(table);
        ForeignKey fk = table.foreignKeys().get(0);
        assertThat(codec.read(codec.writeValue(fk), ConstraintInfo.class)).isEqualTo(fk);
    }

    @Test
    @DisplayName("reader and writer variants; a minimal schema; invalid JSON is an IllegalArgumentException")
    void streams() {
        SchemaInfo minimal = new SchemaInfo(new DatabaseIdentity("X", "1", 0, 0, null, null, null), null, null, null,
                null, null, null, null, null, null, null, null, null);
        StringWriter out = new StringWriter();
        codec.write(minimal, out);
        assertThat(codec.read(new StringReader(out.toString()))).isEqualTo(minimal);
        assertThat(minimal.tables()).isEqualTo(List.of());
        assertThatThrownBy(() -> codec.read("{\"formatVersion\": 1, \"identity\": 5}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("invalid schema JSON: ");
        assertThatThrownBy(() -> codec.read("{\"formatVersion\": 1, \"identity\": {\"product\": \"x\", "
                + "\"version\": \"1\"}, \"surprise\": 1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> codec.read("[1]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid schema JSON: expected an object");
        assertThatThrownBy(() -> codec.read((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("json");
        assertThatThrownBy(() -> codec.write(null)).isInstanceOf(NullPointerException.class).hasMessage("schema");
    }

    @Test
    @DisplayName("a snapshot starts with formatVersion; metrics only when measured; two writes are the same bytes")
    void formatVersionAndMetrics() {
        SchemaInfo rich = RichSchema.build();
        assertThat(rich.metrics().phases()).isNotEmpty();
        String measured = codec.write(rich);
        assertThat(measured).startsWith("{\n  \"formatVersion\" : 1,\n  \"identity\" : {")
                .contains("\"metrics\" : {", "\"statementTexts\"");
        String unmeasured = codec.write(rich.withMetrics(null));
        assertThat(unmeasured).startsWith("{\n  \"formatVersion\" : 1,").doesNotContain("\"metrics\"")
                .isEqualTo(codec.write(codec.read(measured).withMetrics(null)));
        assertThat(codec.read(unmeasured)).isEqualTo(rich.withMetrics(null));
        assertThat(codec.read(new StringReader(measured))).isEqualTo(rich);
        assertThat(codec.read(measured, SchemaInfo.class)).isEqualTo(rich);
    }

    @Test
    @DisplayName("loading checks formatVersion: a missing or unknown one is a clear error")
    void unknownFormatVersion() {
        String json = codec.write(RichSchema.build());
        assertThatThrownBy(() -> codec.read(json.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported schema snapshot formatVersion 2: this version of Schema Discovery reads "
                        + "format 1 only");
        assertThatThrownBy(() -> codec.read(json.replaceFirst("\"formatVersion\" : 1,", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the first property must be formatVersion (this version reads "
                        + "format 1)");
        assertThatThrownBy(() -> codec.read(json.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : \"1\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("unsupported schema snapshot");
    }
}
