package com.example.schemadiscovery.h2.tck;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.schemadiscovery.tck.EmbeddedFileTestServer;

/**
 * H2 database files, one per test; a missing file is refused ({@code IFEXISTS}). The fingerprint is H2's
 * {@code SCRIPT} (every object and row), because H2 rewrites the file's header whenever a connection closes it.
 * Discoveries open the file read-only ({@code ACCESS_MODE_DATA=r}): H2 refuses every write.
 */
final class H2TestServer extends EmbeddedFileTestServer {
    H2TestServer() {
        super("h2", "jdbc:h2:mem:", (dir, name) -> "jdbc:h2:" + dir.resolve(name), ";IFEXISTS=TRUE");
    }

    @Override
    protected Properties readOnlyProperties(Properties properties) {
        properties.setProperty("ACCESS_MODE_DATA", "r");
        return properties;
    }

    @Override
    protected String fingerprint(Path dir, String url) throws Exception {
        StringBuilder script = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SCRIPT")) {
            while (rs.next()) {
                script.append(rs.getString(1)).append('\n');
            }
        }
        return script.toString();
    }
}
