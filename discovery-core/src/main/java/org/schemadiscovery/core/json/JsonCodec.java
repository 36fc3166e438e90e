package org.schemadiscovery.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DatabaseIdentity;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.DiscoveryWarning;
import org.schemadiscovery.api.model.SchemaInfo;

/**
 * Writes and reads the model as JSON, so that {@code read(write(x)).equals(x)}. A schema document (a snapshot) starts
 * with {@code "formatVersion": }{@value #FORMAT_VERSION}, checked when reading; its {@code metrics} property is left
 * out when nothing was measured ({@link DiscoveryMetrics#empty()}), so snapshots of an unchanged database written
 * without metrics are byte-identical. Constraints carry a {@code kind}
 * property ({@code primary-key}, {@code unique}, {@code check}, {@code foreign-key}, {@code exclusion}); derived
 * accessors such as {@code DataType.isArray()} are not written. Works on the module path without the API opening
 * its packages: records are read through their public accessors and canonical constructors.
 *
 * <pre>{@code
 * JsonCodec codec = new JsonCodec();
 * String json = codec.write(schema);
 * SchemaInfo back = codec.read(json);
 * }</pre>
 *
 * Thread-safe.
 */
public final class JsonCodec {
    /** The snapshot format this codec writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The first property of a snapshot. */
    public static final String FORMAT_VERSION_PROPERTY = "formatVersion";

    private final ObjectMapper mapper;

    /** A codec writing indented JSON. */
    public JsonCodec() {
        this(true);
    }

    /**
     * A codec.
     *
     * @param indent whether to indent the output
     */
    public JsonCodec(boolean indent) {
        this(indent, true);
    }

    /**
     * A codec; without the bulk serializers and deserializers it writes and reads through databind alone (tests
     * compare the two).
     */
    JsonCodec(boolean indent, boolean bulkSerializers) {
        JsonMapper.Builder b = JsonMapper.builder()
                .addMixIn(ConstraintInfo.class, ModelMixins.ConstraintInfoMixin.class)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.NONE)
                .disable(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS)
                .disable(MapperFeature.OVERRIDE_PUBLIC_ACCESS_MODIFIERS)
                .configure(SerializationFeature.INDENT_OUTPUT, indent)
                // UTF-8 output writes a character outside the BMP as its 4 bytes, as the writer's encoder does
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
        b.addModule(SnapshotSerializers.module());
        if (bulkSerializers) {
            b.addModule(BulkSerializers.module());
            b.addModule(BulkDeserializers.module());
        }
        this.mapper = b.build();
    }

    /** The schema as JSON. */
    public String write(SchemaInfo schema) {
        return writeValue(Objects.requireNonNull(schema, "schema"));
    }

    /** Writes a schema without closing the target. */
    private com.fasterxml.jackson.databind.ObjectWriter schemaWriter() {
        return mapper.writerFor(SchemaInfo.class)
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The schema as JSON, to a writer (not closed). */
    public void write(SchemaInfo schema, Writer out) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(out, "out");
        try {
            schemaWriter().writeValue(out, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema as UTF-8 JSON, to a stream (not closed): the same bytes as {@link #write(SchemaInfo, Writer)}
     * encoded as UTF-8, without a character encoder on the way. (One exception: an unpaired surrogate, which no
     * database returns in a name, is written as a JSON escape, where an encoder would write {@code ?}.)
     */
    public void write(SchemaInfo schema, OutputStream out) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(out, "out");
        try {
            schemaWriter().writeValue(out, schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A schema from JSON.
     *
     * @throws IllegalArgumentException when the JSON is not a valid schema
     */
    public SchemaInfo read(String json) {
        Objects.requireNonNull(json, "json");
        return read(new StringReader(json));
    }

    /**
     * A schema from a reader (not closed).
     *
     * @throws IllegalArgumentException when the JSON is not a valid schema, or not a snapshot of format version
     *                                  {@value #FORMAT_VERSION}
     */
    public SchemaInfo read(Reader in) {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = mapper.createParser(in)) {
            return read(p);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * A schema from UTF-8 bytes read from a stream (not closed), parsed as they arrive: a large snapshot is never
     * held whole as bytes or as a string.
     *
     * @throws IllegalArgumentException as {@link #read(Reader)}
     */
    public SchemaInfo read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = mapper.createParser(in)) {
            return read(p);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * A schema from a range of UTF-8 bytes, parsed in place (no copy, no string).
     *
     * @throws IllegalArgumentException as {@link #read(Reader)}
     */
    public SchemaInfo read(byte[] utf8, int offset, int length) {
        Objects.requireNonNull(utf8, "utf8");
        Objects.checkFromIndexSize(offset, length, utf8.length);
        try (JsonParser p = mapper.createParser(utf8, offset, length)) {
            return read(p);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private SchemaInfo read(JsonParser p) throws IOException {
        p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        checkVersion(p);
        p.nextToken();
        return mapper.readerFor(SchemaInfo.class).readValue(p);
    }

    /** Reads a document's start up to its format version, which must be this codec's. */
    private static void checkVersion(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("invalid schema JSON: expected an object");
        }
        if (p.nextToken() != JsonToken.FIELD_NAME || !FORMAT_VERSION_PROPERTY.equals(p.currentName())) {
            throw new IllegalArgumentException("the first property must be "
                    + FORMAT_VERSION_PROPERTY + " (this version reads format " + FORMAT_VERSION + ")");
        }
        JsonToken version = p.nextToken();
        if (version != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != FORMAT_VERSION) {
            throw new IllegalArgumentException("unsupported schema snapshot " + FORMAT_VERSION_PROPERTY + " "
                    + p.getText() + ": this version of Schema Discovery reads format " + FORMAT_VERSION
                    + " only");
        }
    }

    /**
     * What {@link #rewrite} changes in a schema document: the identity and each warning are passed through these
     * functions (to mask credentials, say), and the metrics replaced ({@code null} or
     * {@link DiscoveryMetrics#empty()}: none, as {@link #write} leaves them out).
     */
    public record DocumentEdits(UnaryOperator<DatabaseIdentity> identity, UnaryOperator<DiscoveryWarning> warning,
                                DiscoveryMetrics metrics) {
        public DocumentEdits {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(warning, "warning");
        }
    }

    /**
     * Copies a schema document (as a codec wrote it, indented or not) to {@code out} (not closed) as this codec
     * writes a schema, with the edits: the same bytes as {@code write(edited read(in), out)}, without building the
     * model (a hit's 45 MB snapshot is copied in a fraction of its parse and write). Only the identity and the warnings
     * are read as objects.
     *
     * @return the warnings written, after the edits
     * @throws IllegalArgumentException as {@link #read(Reader)}, when the document is not a snapshot of this format;
     *                                  part of it may have been written by then
     */
    public List<DiscoveryWarning> rewrite(InputStream in, OutputStream out, DocumentEdits edits) {
        Objects.requireNonNull(out, "out");
        return rewrite(in, () -> schemaWriter().createGenerator(out), edits);
    }

    /** {@link #rewrite(InputStream, OutputStream, DocumentEdits)} to a writer (not closed). */
    public List<DiscoveryWarning> rewrite(InputStream in, Writer out, DocumentEdits edits) {
        Objects.requireNonNull(out, "out");
        return rewrite(in, () -> schemaWriter().createGenerator(out), edits);
    }

    private interface GeneratorFactory {
        JsonGenerator create() throws IOException;
    }

    private List<DiscoveryWarning> rewrite(InputStream in, GeneratorFactory target, DocumentEdits edits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(edits, "edits");
        List<DiscoveryWarning> warnings = List.of();
        try (JsonParser p = mapper.createParser(in); JsonGenerator g = target.create()) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            // a copy that fails part way must not be closed into a document that looks whole
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            checkVersion(p);
            g.writeStartObject();
            g.writeNumberField(FORMAT_VERSION_PROPERTY, FORMAT_VERSION);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "identity" -> {
                        g.writeFieldName(name);
                        mapper.writeValue(g, edits.identity().apply(mapper.readValue(p, DatabaseIdentity.class)));
                    }
                    case "warnings" -> {
                        warnings = mapper.readValue(p, WARNINGS).stream().map(edits.warning()).toList();
                        g.writeFieldName(name);
                        mapper.writeValue(g, warnings);
                        // metrics come next in a document, and a stored one has none (a hit reports its own)
                        if (edits.metrics() != null && !DiscoveryMetrics.empty().equals(edits.metrics())) {
                            g.writeFieldName("metrics");
                            mapper.writeValue(g, edits.metrics());
                        }
                    }
                    case "metrics" -> p.skipChildren();
                    default -> {
                        g.writeFieldName(name);
                        g.copyCurrentStructureExact(p);
                    }
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new IllegalArgumentException("invalid schema JSON: the document does not end with its object");
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw failure(e);
        }
        return warnings;
    }

    private static final TypeReference<List<DiscoveryWarning>> WARNINGS = new TypeReference<>() {
    };

    private static RuntimeException failure(IOException e) {
        if (e instanceof JsonProcessingException j) {
            return new IllegalArgumentException("invalid schema JSON: " + j.getOriginalMessage(), j);
        }
        return new UncheckedIOException(e);
    }

    /** Any model value (a table, a constraint, a list of recommendations ...) as JSON. */
    public String writeValue(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * A model value of the given type from JSON.
     *
     * @throws IllegalArgumentException when the JSON does not fit the type
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        if (type == SchemaInfo.class) {
            return type.cast(read(json));
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid " + type.getSimpleName() + " JSON: "
                    + e.getOriginalMessage(), e);
        }
    }
}
