package org.schemadiscovery.dialect.postgresql;

import com.google.auto.service.AutoService;
import java.util.List;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.dialect.postgresql.render.PgDdlScript;

/**
 * Renders a model as PostgreSQL DDL: applying the statements to an empty database and discovering it again gives an
 * equal model. Stateless.
 */
@AutoService(DdlRenderer.class)
public final class PostgresDdlRenderer implements DdlRenderer {
    @Override
    public String dialect() {
        return PostgresDialect.ID;
    }

    @Override
    public List<String> script(SchemaInfo schema) {
        return PgDdlScript.render(schema);
    }
}
