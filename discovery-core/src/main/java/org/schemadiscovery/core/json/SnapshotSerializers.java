package org.schemadiscovery.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.schemadiscovery.api.model.DiscoveryMetrics;
import org.schemadiscovery.api.model.SchemaInfo;

/**
 * The snapshot's envelope: a {@link SchemaInfo} document starts with {@code formatVersion}, and leaves out
 * {@code metrics} when nothing was measured, so two discoveries of an unchanged database give the same bytes unless
 * the caller keeps the metrics (timings and statement texts differ every run).
 */
final class SnapshotSerializers {
    private SnapshotSerializers() {
    }

    /** The module installing both. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("schema-discovery-snapshot");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                             List<BeanPropertyWriter> properties) {
                if (description.getBeanClass() != SchemaInfo.class) {
                    return properties;
                }
                List<BeanPropertyWriter> out = new ArrayList<>(properties.size());
                for (BeanPropertyWriter p : properties) {
                    out.add(p.getName().equals("metrics") ? new MetricsWhenMeasured(p) : p);
                }
                return out;
            }

            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                return description.getBeanClass() == SchemaInfo.class
                        ? new Versioned((JsonSerializer<Object>) serializer) : serializer;
            }
        });
        return module;
    }

    /** {@code metrics} only when something was measured. */
    private static final class MetricsWhenMeasured extends BeanPropertyWriter {
        private static final long serialVersionUID = 1L;

        MetricsWhenMeasured(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator g, SerializerProvider provider) throws Exception {
            if (!DiscoveryMetrics.empty().equals(((SchemaInfo) bean).metrics())) {
                super.serializeAsField(bean, g, provider);
            }
        }
    }

    /** {@code {"formatVersion": N, ...the record's properties...}}. */
    private static final class Versioned extends StdSerializer<SchemaInfo> implements ResolvableSerializer {
        private static final long serialVersionUID = 1L;
        private final transient JsonSerializer<Object> record;
        private transient JsonSerializer<Object> fields;

        Versioned(JsonSerializer<Object> record) {
            super(SchemaInfo.class);
            this.record = record;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (record instanceof ResolvableSerializer r) {
                r.resolve(provider);
            }
            fields = record.unwrappingSerializer(null);
        }

        @Override
        public void serialize(SchemaInfo value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(value);
            g.writeNumberField(JsonCodec.FORMAT_VERSION_PROPERTY, JsonCodec.FORMAT_VERSION);
            fields.serialize(value, g, provider);
            g.writeEndObject();
        }
    }
}
