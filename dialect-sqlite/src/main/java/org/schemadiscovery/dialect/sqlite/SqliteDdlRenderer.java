package org.schemadiscovery.dialect.sqlite;

import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.support.ScriptRenderer;
import org.schemadiscovery.dialect.sqlite.render.DdlScript;

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
public final class SqliteDdlRenderer extends ScriptRenderer {
    /** For {@link java.util.ServiceLoader}. */
    public SqliteDdlRenderer() {
        super(SqliteDialect.ID, DdlScript::render);
    }
}
