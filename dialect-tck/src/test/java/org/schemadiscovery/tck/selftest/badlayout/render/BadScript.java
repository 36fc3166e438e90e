package org.schemadiscovery.tck.selftest.badlayout.render;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.tck.selftest.badlayout.catalog.BadSession;

/** The broken fixture's renderer: it asks the live database through the session instead of rendering the model. */
public final class BadScript {
    private BadScript() {
    }

    public static List<String> render(SchemaInfo schema) {
        return List.of();
    }

    public static List<String> renderLive(BadSession session) throws SQLException {
        Connection connection = session.connection();
        return List.of("-- " + connection.getCatalog());
    }

    public static String quote(String name) {
        return '"' + name + '"';
    }
}
