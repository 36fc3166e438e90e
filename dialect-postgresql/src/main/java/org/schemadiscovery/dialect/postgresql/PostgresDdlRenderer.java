package org.schemadiscovery.dialect.postgresql;

import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.support.ScriptRenderer;
import org.schemadiscovery.dialect.postgresql.render.DdlScript;

/**
 * Renders a model as PostgreSQL DDL: applying the statements to an empty database and discovering it again gives an
 * equal model. Comments of every kind are written; owners and privileges when the options ask. Stateless.
 */
@AutoService(DdlRenderer.class)
public final class PostgresDdlRenderer extends ScriptRenderer {
    /** For {@link java.util.ServiceLoader}. */
    public PostgresDdlRenderer() {
        super(PostgresDialect.ID, (schema, options) -> DdlScript.render(schema, options));
    }
}
