package org.schemadiscovery.dialect.postgresql.tck.badlayout.render;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.dialect.postgresql.PostgresDdlRenderer;
import org.schemadiscovery.dialect.postgresql.tck.badlayout.catalog.BadLayoutCatalog;

/** Renders through the real renderer, and can also ask the live database: render no longer works on the model alone. */
public final class BadLayoutScript {
    private BadLayoutScript() {
    }

    public static List<String> render(SchemaInfo schema) {
        return new PostgresDdlRenderer().script(schema);
    }

    public static String header(Connection connection) throws SQLException {
        return "-- " + connection.getCatalog() + " after " + BadLayoutCatalog.sessions() + " sessions";
    }

    public static String quote(String name) {
        return '"' + name + '"';
    }
}
