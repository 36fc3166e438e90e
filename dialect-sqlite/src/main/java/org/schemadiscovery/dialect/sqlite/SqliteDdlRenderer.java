package org.schemadiscovery.dialect.sqlite;

import com.google.auto.service.AutoService;
import java.util.List;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.dialect.sqlite.render.DdlWriter;

/**
 * Renders a discovered SQLite schema back to DDL. Applying the script to an empty database and discovering it again
 * gives an equal model, the names SQLite generates for constraint indexes ({@code sqlite_autoindex_*}) aside.
 *
 * <pre>{@code
 * for (String statement : new SqliteDdlRenderer().script(schema)) {
 *     statementOnFreshFile.execute(statement);
 * }
 * }</pre>
 */
@AutoService(DdlRenderer.class)
public final class SqliteDdlRenderer implements DdlRenderer {
    /** For {@link java.util.ServiceLoader}. */
    public SqliteDdlRenderer() {
    }

    @Override
    public String dialect() {
        return SqliteDiscoveryStrategy.DIALECT;
    }

    @Override
    public List<String> script(SchemaInfo schema) {
        return DdlWriter.script(schema);
    }
}
