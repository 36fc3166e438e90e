package org.schemadiscovery.core.source;

import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.core.json.JsonCodec;

/**
 * Where a database is itself a schema (MySQL/MariaDB), a DDL file discovered in a scratch database comes back with
 * the scratch database's random name as its schema, in every reference and in stored definitions that name the
 * database. This gives it a stable name instead. The scratch name is unique and random, so replacing its every
 * occurrence in the model's JSON form cannot touch anything else.
 */
final class ScratchNames {
    private ScratchNames() {
    }

    /** The model with {@code scratch} renamed to {@code name}; unchanged when the model does not hold it. */
    static SchemaInfo rename(SchemaInfo schema, String scratch, String name) {
        if (scratch == null || name == null || !schema.schemas().contains(scratch)) {
            return schema;
        }
        JsonCodec codec = new JsonCodec(false);
        String json = codec.write(schema);
        String quoted = codec.writeValue(name);
        // The name as JSON string content, without its surrounding quotes.
        return codec.read(json.replace(scratch, quoted.substring(1, quoted.length() - 1)));
    }
}
