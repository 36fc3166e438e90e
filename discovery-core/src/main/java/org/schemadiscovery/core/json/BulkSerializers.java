package org.schemadiscovery.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;

/**
 * Hand-written serializers for the records a large schema holds by the tens of thousands (columns, their types,
 * indexes, index elements, table references, tables, the four common constraint kinds, recommendations). They write exactly what Jackson's record serializer writes — the same
 * properties in component order, nulls included (a test compares both on every fixture) — with direct generator
 * calls instead of reflective property access: on bench5000 that is most of the 67 MB document, and the CLI writes
 * it in a JVM that has not compiled Jackson's generic paths yet. Everything else still goes through databind.
 */
final class BulkSerializers {
    private BulkSerializers() {
    }

    /** The module registering them. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("schema-discovery-bulk-serializers");
        module.addSerializer(TableRef.class, new TableRefSerializer());
        module.addSerializer(DataType.class, new DataTypeSerializer());
        module.addSerializer(ColumnInfo.class, new ColumnInfoSerializer());
        module.addSerializer(IndexElement.class, new IndexElementSerializer());
        module.addSerializer(IndexInfo.class, new IndexInfoSerializer());
        module.addSerializer(TableInfo.class, new TableInfoSerializer());
        module.addSerializer(PrimaryKey.class, new ConstraintSerializer<>(PrimaryKey.class, BulkSerializers::primaryKey));
        module.addSerializer(UniqueConstraint.class,
                new ConstraintSerializer<>(UniqueConstraint.class, BulkSerializers::unique));
        module.addSerializer(CheckConstraint.class,
                new ConstraintSerializer<>(CheckConstraint.class, BulkSerializers::check));
        module.addSerializer(ForeignKey.class, new ConstraintSerializer<>(ForeignKey.class, BulkSerializers::foreignKey));
        module.addSerializer(Recommendation.class, new RecommendationSerializer());
        return module;
    }

    static void writeTableRef(TableRef ref, JsonGenerator g) throws IOException {
        if (ref == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject(ref);
        g.writeStringField("catalog", ref.catalog());
        g.writeStringField("schema", ref.schema());
        g.writeStringField("name", ref.name());
        g.writeEndObject();
    }

    static void writeStrings(List<String> values, JsonGenerator g) throws IOException {
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray(values, values.size());
        for (int i = 0; i < values.size(); i++) {
            g.writeString(values.get(i));
        }
        g.writeEndArray();
    }

    static void writeStringMap(Map<String, String> map, JsonGenerator g) throws IOException {
        if (map == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject(map);
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    static void writeEnum(String field, Enum<?> value, JsonGenerator g) throws IOException {
        g.writeStringField(field, value == null ? null : value.name());
    }

    private static final class TableRefSerializer extends StdSerializer<TableRef> {
        TableRefSerializer() {
            super(TableRef.class);
        }

        @Override
        public void serialize(TableRef ref, JsonGenerator g, SerializerProvider provider) throws IOException {
            writeTableRef(ref, g);
        }
    }

    private static final class DataTypeSerializer extends StdSerializer<DataType> {
        DataTypeSerializer() {
            super(DataType.class);
        }

        @Override
        public void serialize(DataType t, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(t);
            g.writeStringField("declared", t.declared());
            g.writeStringField("baseName", t.baseName());
            g.writeFieldName("modifiers");
            List<Integer> modifiers = t.modifiers();
            if (modifiers == null) {
                g.writeNull();
            } else {
                g.writeStartArray(modifiers, modifiers.size());
                for (int i = 0; i < modifiers.size(); i++) {
                    Integer m = modifiers.get(i);
                    if (m == null) {
                        g.writeNull();
                    } else {
                        g.writeNumber(m.intValue());
                    }
                }
                g.writeEndArray();
            }
            g.writeNumberField("arrayDimensions", t.arrayDimensions());
            writeEnum("category", t.category(), g);
            g.writeStringField("typeSchema", t.typeSchema());
            g.writeNumberField("jdbcType", t.jdbcType());
            g.writeEndObject();
        }
    }

    private static final class ColumnInfoSerializer extends StdSerializer<ColumnInfo> {
        ColumnInfoSerializer() {
            super(ColumnInfo.class);
        }

        @Override
        public void serialize(ColumnInfo c, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(c);
            g.writeStringField("name", c.name());
            g.writeNumberField("ordinal", c.ordinal());
            provider.defaultSerializeField("type", c.type(), g);
            g.writeBooleanField("nullable", c.nullable());
            g.writeStringField("defaultValue", c.defaultValue());
            provider.defaultSerializeField("identity", c.identity(), g);
            provider.defaultSerializeField("generated", c.generated(), g);
            g.writeStringField("collation", c.collation());
            g.writeStringField("comment", c.comment());
            g.writeBooleanField("hidden", c.hidden());
            g.writeFieldName("options");
            writeStringMap(c.options(), g);
            g.writeEndObject();
        }
    }

    private static final class IndexElementSerializer extends StdSerializer<IndexElement> {
        IndexElementSerializer() {
            super(IndexElement.class);
        }

        @Override
        public void serialize(IndexElement e, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(e);
            g.writeStringField("column", e.column());
            g.writeStringField("expression", e.expression());
            writeEnum("order", e.order(), g);
            writeEnum("nulls", e.nulls(), g);
            g.writeStringField("opclass", e.opclass());
            g.writeStringField("collation", e.collation());
            g.writeEndObject();
        }
    }

    private static final class IndexInfoSerializer extends StdSerializer<IndexInfo> {
        IndexInfoSerializer() {
            super(IndexInfo.class);
        }

        @Override
        public void serialize(IndexInfo i, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(i);
            g.writeStringField("name", i.name());
            g.writeFieldName("table");
            writeTableRef(i.table(), g);
            g.writeBooleanField("unique", i.unique());
            g.writeStringField("method", i.method());
            provider.defaultSerializeField("elements", i.elements(), g);
            g.writeFieldName("include");
            writeStrings(i.include(), g);
            g.writeStringField("predicate", i.predicate());
            g.writeBooleanField("nullsNotDistinct", i.nullsNotDistinct());
            g.writeStringField("constraint", i.constraint());
            g.writeBooleanField("valid", i.valid());
            g.writeFieldName("options");
            writeStringMap(i.options(), g);
            g.writeEndObject();
        }
    }

    /** Writes the fields of one constraint kind, between the braces its type id opens and closes. */
    @FunctionalInterface
    private interface Fields<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    /**
     * A constraint written with its {@code kind} discriminator first, as databind writes the sealed hierarchy (the
     * type id comes from {@link ModelMixins}); serialized without type information it has no {@code kind}, as
     * databind would.
     */
    private static final class ConstraintSerializer<T extends ConstraintInfo> extends StdSerializer<T> {
        private final transient Fields<T> fields;

        ConstraintSerializer(Class<T> type, Fields<T> fields) {
            super(type);
            this.fields = fields;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(value);
            fields.write(value, g);
            g.writeEndObject();
        }

        @Override
        public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            WritableTypeId id = typeSer.writeTypePrefix(g, typeSer.typeId(value, JsonToken.START_OBJECT));
            fields.write(value, g);
            typeSer.writeTypeSuffix(g, id);
        }
    }

    private static void primaryKey(PrimaryKey k, JsonGenerator g) throws IOException {
        g.writeStringField("name", k.name());
        g.writeFieldName("table");
        writeTableRef(k.table(), g);
        g.writeFieldName("columns");
        writeStrings(k.columns(), g);
    }

    private static void unique(UniqueConstraint u, JsonGenerator g) throws IOException {
        g.writeStringField("name", u.name());
        g.writeFieldName("table");
        writeTableRef(u.table(), g);
        g.writeFieldName("columns");
        writeStrings(u.columns(), g);
        g.writeBooleanField("nullsNotDistinct", u.nullsNotDistinct());
        g.writeBooleanField("deferrable", u.deferrable());
        g.writeBooleanField("initiallyDeferred", u.initiallyDeferred());
    }

    private static void check(CheckConstraint c, JsonGenerator g) throws IOException {
        g.writeStringField("name", c.name());
        g.writeFieldName("table");
        writeTableRef(c.table(), g);
        g.writeFieldName("columns");
        writeStrings(c.columns(), g);
        g.writeStringField("expression", c.expression());
        g.writeBooleanField("validated", c.validated());
    }

    private static void foreignKey(ForeignKey f, JsonGenerator g) throws IOException {
        g.writeStringField("name", f.name());
        g.writeFieldName("table");
        writeTableRef(f.table(), g);
        g.writeFieldName("columns");
        writeStrings(f.columns(), g);
        g.writeFieldName("referencedTable");
        writeTableRef(f.referencedTable(), g);
        g.writeFieldName("referencedColumns");
        writeStrings(f.referencedColumns(), g);
        writeEnum("match", f.match(), g);
        writeEnum("onUpdate", f.onUpdate(), g);
        writeEnum("onDelete", f.onDelete(), g);
        g.writeBooleanField("deferrable", f.deferrable());
        g.writeBooleanField("initiallyDeferred", f.initiallyDeferred());
        g.writeBooleanField("validated", f.validated());
    }

    private static final class TableInfoSerializer extends StdSerializer<TableInfo> {
        TableInfoSerializer() {
            super(TableInfo.class);
        }

        @Override
        public void serialize(TableInfo t, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(t);
            g.writeFieldName("ref");
            writeTableRef(t.ref(), g);
            writeEnum("kind", t.kind(), g);
            provider.defaultSerializeField("columns", t.columns(), g);
            provider.defaultSerializeField("indexes", t.indexes(), g);
            g.writeFieldName("constraints");
            writeConstraints(t.constraints(), g, provider);
            provider.defaultSerializeField("triggers", t.triggers(), g);
            provider.defaultSerializeField("partition", t.partition(), g);
            g.writeStringField("owner", t.owner());
            g.writeStringField("comment", t.comment());
            g.writeBooleanField("rowLevelSecurity", t.rowLevelSecurity());
            provider.defaultSerializeField("policies", t.policies(), g);
            g.writeFieldName("options");
            writeStringMap(t.options(), g);
            g.writeEndObject();
        }

        /** Each element with the declared element type's {@code kind} id, through its own class's serializer. */
        private static void writeConstraints(List<ConstraintInfo> constraints, JsonGenerator g,
                                             SerializerProvider provider) throws IOException {
            if (constraints == null) {
                g.writeNull();
                return;
            }
            TypeSerializer kind = provider.findTypeSerializer(provider.constructType(ConstraintInfo.class));
            g.writeStartArray(constraints, constraints.size());
            for (int i = 0; i < constraints.size(); i++) {
                ConstraintInfo c = constraints.get(i);
                if (c == null) {
                    g.writeNull();
                } else {
                    JsonSerializer<Object> serializer = provider.findValueSerializer(c.getClass());
                    serializer.serializeWithType(c, g, provider, kind);
                }
            }
            g.writeEndArray();
        }
    }

    private static final class RecommendationSerializer extends StdSerializer<Recommendation> {
        RecommendationSerializer() {
            super(Recommendation.class);
        }

        @Override
        public void serialize(Recommendation r, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(r);
            g.writeStringField("ruleId", r.ruleId());
            writeEnum("severity", r.severity(), g);
            g.writeStringField("object", r.object());
            g.writeStringField("message", r.message());
            g.writeStringField("suggestedDdl", r.suggestedDdl());
            g.writeEndObject();
        }
    }
}
