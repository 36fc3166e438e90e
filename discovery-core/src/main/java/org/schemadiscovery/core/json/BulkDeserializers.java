package org.schemadiscovery.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemadiscovery.api.model.CheckConstraint;
import org.schemadiscovery.api.model.ColumnIdentity;
import org.schemadiscovery.api.model.ColumnInfo;
import org.schemadiscovery.api.model.ConstraintInfo;
import org.schemadiscovery.api.model.DataType;
import org.schemadiscovery.api.model.ForeignKey;
import org.schemadiscovery.api.model.GeneratedColumn;
import org.schemadiscovery.api.model.IndexElement;
import org.schemadiscovery.api.model.IndexInfo;
import org.schemadiscovery.api.model.MatchType;
import org.schemadiscovery.api.model.NullsOrder;
import org.schemadiscovery.api.model.PartitionInfo;
import org.schemadiscovery.api.model.PolicyInfo;
import org.schemadiscovery.api.model.PrimaryKey;
import org.schemadiscovery.api.model.Privilege;
import org.schemadiscovery.api.model.Recommendation;
import org.schemadiscovery.api.model.ReferentialAction;
import org.schemadiscovery.api.model.Severity;
import org.schemadiscovery.api.model.SortOrder;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.api.model.TableKind;
import org.schemadiscovery.api.model.TableRef;
import org.schemadiscovery.api.model.TriggerInfo;
import org.schemadiscovery.api.model.TypeCategory;
import org.schemadiscovery.api.model.UniqueConstraint;

/**
 * The reading side of {@link BulkSerializers}: the same records read through one small loop per object (field name,
 * value, canonical constructor) instead of databind's generic creator machinery, which a cold JVM runs interpreted:
 * reading bench5000's cached snapshot took about 1.1 s of CPU through databind alone. Reading matches databind's
 * (a test compares both on every model record): a missing property is the type's absent value (null, 0, false), a
 * {@code null} the type's null value, an unknown property or a failing constructor an error, and every value that is
 * not a plain string, number or boolean goes through databind's own deserializer of the component's type.
 */
final class BulkDeserializers {
    private BulkDeserializers() {
    }

    /** Builds the record from its component values, in component order. */
    @FunctionalInterface
    private interface Constructor<T> {
        T construct(Object[] values);
    }

    /** The module registering them. */
    @SuppressWarnings("unchecked")
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("schema-discovery-bulk-deserializers");
        add(module, TableRef.class, v -> new TableRef((String) v[0], (String) v[1], (String) v[2]));
        add(module, DataType.class, v -> new DataType((String) v[0], (String) v[1], (List<Integer>) v[2],
                (int) v[3], (TypeCategory) v[4], (String) v[5], (int) v[6]));
        add(module, ColumnInfo.class, v -> new ColumnInfo((String) v[0], (int) v[1], (DataType) v[2],
                (boolean) v[3], (String) v[4], (ColumnIdentity) v[5], (GeneratedColumn) v[6], (String) v[7],
                (String) v[8], (boolean) v[9], (Map<String, String>) v[10]));
        add(module, IndexElement.class, v -> new IndexElement((String) v[0], (String) v[1], (SortOrder) v[2],
                (NullsOrder) v[3], (String) v[4], (String) v[5]));
        add(module, IndexInfo.class, v -> new IndexInfo((String) v[0], (TableRef) v[1], (boolean) v[2],
                (String) v[3], (List<IndexElement>) v[4], (List<String>) v[5], (String) v[6], (boolean) v[7],
                (String) v[8], (boolean) v[9], (Map<String, String>) v[10], (String) v[11]));
        add(module, TableInfo.class, v -> new TableInfo((TableRef) v[0], (TableKind) v[1],
                (List<ColumnInfo>) v[2], (List<IndexInfo>) v[3], (List<ConstraintInfo>) v[4],
                (List<TriggerInfo>) v[5], (PartitionInfo) v[6], (String) v[7], (String) v[8], (boolean) v[9],
                (List<PolicyInfo>) v[10], (Map<String, String>) v[11], (Long) v[12], (List<Privilege>) v[13]));
        add(module, PrimaryKey.class, v -> new PrimaryKey((String) v[0], (TableRef) v[1], (List<String>) v[2],
                (String) v[3]));
        add(module, UniqueConstraint.class, v -> new UniqueConstraint((String) v[0], (TableRef) v[1],
                (List<String>) v[2], (boolean) v[3], (boolean) v[4], (boolean) v[5], (String) v[6]));
        add(module, CheckConstraint.class, v -> new CheckConstraint((String) v[0], (TableRef) v[1],
                (List<String>) v[2], (String) v[3], (boolean) v[4], (String) v[5]));
        add(module, ForeignKey.class, v -> new ForeignKey((String) v[0], (TableRef) v[1], (List<String>) v[2],
                (TableRef) v[3], (List<String>) v[4], (MatchType) v[5], (ReferentialAction) v[6],
                (ReferentialAction) v[7], (boolean) v[8], (boolean) v[9], (boolean) v[10], (String) v[11]));
        add(module, Recommendation.class, v -> new Recommendation((String) v[0], (Severity) v[1], (String) v[2],
                (String) v[3], (String) v[4]));
        return module;
    }

    private static <T extends Record> void add(SimpleModule module, Class<T> type, Constructor<T> constructor) {
        module.addDeserializer(type, new RecordDeserializer<>(type, constructor));
    }

    /** How a component's plain JSON value is read without its deserializer. */
    private enum Plain {
        STRING, INT, BOOLEAN, NONE;

        static Plain of(Class<?> type) {
            return type == String.class ? STRING : type == int.class ? INT : type == boolean.class ? BOOLEAN : NONE;
        }
    }

    /** A record from a JSON object of its components, in any order. */
    private static final class RecordDeserializer<T> extends StdDeserializer<T> implements ResolvableDeserializer {
        private static final long serialVersionUID = 1L;
        private final transient Constructor<T> constructor;
        private final transient RecordComponent[] components;
        private final transient Map<String, Integer> index = new HashMap<>();
        private final Plain[] plain;
        /** What {@link #resolve} found, replaced as a whole (never filled in place where a reader sees it). */
        private transient volatile Resolved resolved;

        /** The components' deserializers and absent values. */
        private record Resolved(JsonDeserializer<Object>[] deserializers, Object[] absent) {
        }

        RecordDeserializer(Class<T> type, Constructor<T> constructor) {
            super(type);
            this.constructor = constructor;
            this.components = type.getRecordComponents();
            this.plain = new Plain[components.length];
            for (int i = 0; i < components.length; i++) {
                index.put(components[i].getName(), i);
                plain[i] = Plain.of(components[i].getType());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            // filled aside and published whole: databind may resolve again while another thread reads
            JsonDeserializer<Object>[] found = new JsonDeserializer[components.length];
            Object[] absentValues = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                found[i] = ctxt.findContextualValueDeserializer(
                        ctxt.getTypeFactory().constructType(components[i].getGenericType()), null);
                absentValues[i] = plain[i] == Plain.INT ? Integer.valueOf(0)
                        : plain[i] == Plain.BOOLEAN ? Boolean.FALSE : found[i].getAbsentValue(ctxt);
            }
            resolved = new Resolved(found, absentValues);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                t = p.nextToken();
            }
            Resolved r = resolved;
            Object[] values = r.absent().clone();
            // after a type id (a constraint's kind) the parser already stands on the next property
            for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                Integer i = index.get(name);
                JsonToken value = p.nextToken();
                if (i == null) {
                    ctxt.handleUnknownProperty(p, this, handledType(), name);
                } else {
                    values[i] = value(r.deserializers()[i], i, value, p, ctxt);
                }
            }
            if (t != JsonToken.END_OBJECT) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            try {
                return constructor.construct(values);
            } catch (RuntimeException e) {
                throw ctxt.instantiationException(handledType(), e);
            }
        }

        private Object value(JsonDeserializer<Object> deserializer, int i, JsonToken token, JsonParser p,
                             DeserializationContext ctxt) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return deserializer.getNullValue(ctxt);
            }
            switch (plain[i]) {
                case STRING -> {
                    if (token == JsonToken.VALUE_STRING) {
                        return p.getText();
                    }
                }
                case INT -> {
                    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                        return p.getIntValue();
                    }
                }
                case BOOLEAN -> {
                    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                        return token == JsonToken.VALUE_TRUE;
                    }
                }
                default -> {
                }
            }
            return deserializer.deserialize(p, ctxt);
        }
    }
}
