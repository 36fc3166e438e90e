package org.schemadiscovery.dialect.mysql;

import com.google.auto.service.AutoService;
import org.schemadiscovery.api.spi.DdlRenderer;
import org.schemadiscovery.api.support.ScriptRenderer;
import org.schemadiscovery.dialect.mysql.render.DdlScript;

/**
 * Renders a discovered model back to MySQL/MariaDB DDL: sequences, tables (columns, keys, indexes, checks, table
 * options, partitioning), foreign keys, routines, views and triggers, in that order, then the GRANTs when the options
 * ask for privileges. Owners (MySQL's DEFINERs) are not written: a created object's definer is the account that runs
 * the script. A model of one database renders without database names, so the script applies to whichever database
 * the connection uses; a model spanning several qualifies every name. Stateless.
 */
@AutoService(DdlRenderer.class)
public final class MysqlDdlRenderer extends ScriptRenderer {
    /** For {@link java.util.ServiceLoader}. */
    public MysqlDdlRenderer() {
        super(MysqlDialect.ID, (schema, options) -> DdlScript.render(schema, options));
    }
}
