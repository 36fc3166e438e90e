package org.schemadiscovery.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.UniqueConstraint;

/**
 * Hand-written serializers for the records a large schema holds by the tens of thousands (columns, their types,
 * indexes, index elements, table references, tables, the four common constraint kinds, recommendations). They write
 * exactly what Jackson's record serializer writes — the same properties in component order, nulls included (a test
 * compares both on every model record) — with direct generator calls instead of reflective property access: on
 * bench5000 that is most of the 67 MB document, and the CLI writes it in a JVM that has not compiled Jackson's
 * generic paths yet. Everything else still goes through databind.
 */
final class BulkSerializers {
    private BulkSerializers() {
    }

    /** Writes the fields of one record, between the braces that {@link RecordSerializer} opens and closes. */
    @FunctionalInterface
    private interface Fields<T> {
        void write(T value, JsonGenerator g, SerializerProvider provider) throws IOException;
    }

    /** The module registering them. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("schema-discovery-bulk-serializers");
        add(module, TableRef.class, (r, g, p) -> tableRef(r, g));
        add(module, DataType.class, (t, g, p) -> dataType(t, g));
        add(module, ColumnInfo.class, BulkSerializers::column);
        add(module, IndexElement.class, (e, g, p) -> indexElement(e, g));
        add(module, IndexInfo.class, BulkSerializers::index);
        add(module, TableInfo.class, BulkSerializers::table);
        add(module, PrimaryKey.class, (k, g, p) -> primaryKey(k, g));
        add(module, UniqueConstraint.class, (u, g, p) -> unique(u, g));
        add(module, CheckConstraint.class, (c, g, p) -> check(c, g));
        add(module, ForeignKey.class, (f, g, p) -> foreignKey(f, g));
        add(module, Recommendation.class, (r, g, p) -> recommendation(r, g));
        return module;
    }

    private static <T> void add(SimpleModule module, Class<T> type, Fields<T> fields) {
        module.addSerializer(type, new RecordSerializer<>(type, fields));
    }

    /**
     * A record as a JSON object. With type information (the sealed constraint hierarchy, see {@link ModelMixins}) the
     * type id ({@code kind}) comes first, as databind writes it.
     */
    private static final class RecordSerializer<T> extends StdSerializer<T> {
        private final transient Fields<T> fields;

        RecordSerializer(Class<T> type, Fields<T> fields) {
            super(type);
            this.fields = fields;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(value);
            fields.write(value, g, provider);
            g.writeEndObject();
        }

        @Override
        public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            WritableTypeId id = typeSer.writeTypePrefix(g, typeSer.typeId(value, JsonToken.START_OBJECT));
            fields.write(value, g, provider);
            typeSer.writeTypeSuffix(g, id);
        }
    }

    private static void tableRef(TableRef ref, JsonGenerator g) throws IOException {
        g.writeStringField("catalog", ref.catalog());
        g.writeStringField("schema", ref.schema());
        g.writeStringField("name", ref.name());
    }

    private static void dataType(DataType t, JsonGenerator g) throws IOException {
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
    }

    private static void column(ColumnInfo c, JsonGenerator g, SerializerProvider provider) throws IOException {
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
        writeStringMap("options", c.options(), g);
    }

    private static void indexElement(IndexElement e, JsonGenerator g) throws IOException {
        g.writeStringField("column", e.column());
        g.writeStringField("expression", e.expression());
        writeEnum("order", e.order(), g);
        writeEnum("nulls", e.nulls(), g);
        g.writeStringField("opclass", e.opclass());
        g.writeStringField("collation", e.collation());
    }

    private static void index(IndexInfo i, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStringField("name", i.name());
        writeTableRef("table", i.table(), g);
        g.writeBooleanField("unique", i.unique());
        g.writeStringField("method", i.method());
        provider.defaultSerializeField("elements", i.elements(), g);
        writeStrings("include", i.include(), g);
        g.writeStringField("predicate", i.predicate());
        g.writeBooleanField("nullsNotDistinct", i.nullsNotDistinct());
        g.writeStringField("constraint", i.constraint());
        g.writeBooleanField("valid", i.valid());
        writeStringMap("options", i.options(), g);
        g.writeStringField("comment", i.comment());
    }

    private static void table(TableInfo t, JsonGenerator g, SerializerProvider provider) throws IOException {
        writeTableRef("ref", t.ref(), g);
        writeEnum("kind", t.kind(), g);
        provider.defaultSerializeField("columns", t.columns(), g);
        provider.defaultSerializeField("indexes", t.indexes(), g);
        writeConstraints(t.constraints(), g, provider);
        provider.defaultSerializeField("triggers", t.triggers(), g);
        provider.defaultSerializeField("partition", t.partition(), g);
        g.writeStringField("owner", t.owner());
        g.writeStringField("comment", t.comment());
        g.writeBooleanField("rowLevelSecurity", t.rowLevelSecurity());
        provider.defaultSerializeField("policies", t.policies(), g);
        writeStringMap("options", t.options(), g);
        g.writeFieldName("rowEstimate");
        if (t.rowEstimate() == null) {
            g.writeNull();
        } else {
            g.writeNumber(t.rowEstimate());
        }
        provider.defaultSerializeField("privileges", t.privileges(), g);
    }

    /** Each constraint with the {@code kind} id of the declared element type, through its own class's serializer. */
    private static void writeConstraints(List<ConstraintInfo> constraints, JsonGenerator g,
                                         SerializerProvider provider) throws IOException {
        g.writeFieldName("constraints");
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

    /** The components every constraint record starts with, in their order. */
    private static void constraintHead(ConstraintInfo c, JsonGenerator g) throws IOException {
        g.writeStringField("name", c.name());
        writeTableRef("table", c.table(), g);
        writeStrings("columns", c.columns(), g);
    }

    private static void primaryKey(PrimaryKey k, JsonGenerator g) throws IOException {
        constraintHead(k, g);
        g.writeStringField("comment", k.comment());
    }

    private static void unique(UniqueConstraint u, JsonGenerator g) throws IOException {
        constraintHead(u, g);
        g.writeBooleanField("nullsNotDistinct", u.nullsNotDistinct());
        g.writeBooleanField("deferrable", u.deferrable());
        g.writeBooleanField("initiallyDeferred", u.initiallyDeferred());
        g.writeStringField("comment", u.comment());
    }

    private static void check(CheckConstraint c, JsonGenerator g) throws IOException {
        constraintHead(c, g);
        g.writeStringField("expression", c.expression());
        g.writeBooleanField("validated", c.validated());
        g.writeStringField("comment", c.comment());
    }

    private static void foreignKey(ForeignKey f, JsonGenerator g) throws IOException {
        constraintHead(f, g);
        writeTableRef("referencedTable", f.referencedTable(), g);
        writeStrings("referencedColumns", f.referencedColumns(), g);
        writeEnum("match", f.match(), g);
        writeEnum("onUpdate", f.onUpdate(), g);
        writeEnum("onDelete", f.onDelete(), g);
        g.writeBooleanField("deferrable", f.deferrable());
        g.writeBooleanField("initiallyDeferred", f.initiallyDeferred());
        g.writeBooleanField("validated", f.validated());
        g.writeStringField("comment", f.comment());
    }

    private static void recommendation(Recommendation r, JsonGenerator g) throws IOException {
        g.writeStringField("ruleId", r.ruleId());
        writeEnum("severity", r.severity(), g);
        g.writeStringField("object", r.object());
        g.writeStringField("message", r.message());
        g.writeStringField("suggestedDdl", r.suggestedDdl());
    }

    private static void writeTableRef(String field, TableRef ref, JsonGenerator g) throws IOException {
        g.writeFieldName(field);
        if (ref == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject(ref);
        tableRef(ref, g);
        g.writeEndObject();
    }

    private static void writeStrings(String field, List<String> values, JsonGenerator g) throws IOException {
        g.writeFieldName(field);
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

    private static void writeStringMap(String field, Map<String, String> map, JsonGenerator g) throws IOException {
        g.writeFieldName(field);
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

    private static void writeEnum(String field, Enum<?> value, JsonGenerator g) throws IOException {
        g.writeStringField(field, value == null ? null : value.name());
    }
}
