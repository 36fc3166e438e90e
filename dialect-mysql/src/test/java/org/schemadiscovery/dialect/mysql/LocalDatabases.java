package org.schemadiscovery.dialect.mysql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.dialect.mysql.tck.MysqlTestServer;
import org.schemadiscovery.tck.TestDatabase;

/**
 * Fresh databases {@code sd_my_<random>} on the local MariaDB (or {@code SCHEMA_DISCOVERY_TCK_MYSQL_URL}) for the
 * module's own tests, dropped by {@link #close()}; and a SchemaDiscovery that knows exactly this plugin.
 */
final class LocalDatabases implements AutoCloseable {
    private final MysqlTestServer server = new MysqlTestServer();
    private final List<TestDatabase> created = new ArrayList<>();

    static String serverUrl() {
        String env = System.getenv("SCHEMA_DISCOVERY_TCK_MYSQL_URL");
        return env == null || env.isBlank() ? MysqlTestServer.LOCAL : env.strip();
    }

    TestDatabase create(List<String> ddl) throws SQLException {
        TestDatabase db = server.create(serverUrl(), UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        created.add(db);
        db.execute(ddl);
        return db;
    }

    static SchemaDiscovery discovery() {
        return SchemaDiscovery.builder().loadServices(false).register(new MysqlDiscoveryStrategy())
                .register(new MysqlIndexDiscovery()).register(new MysqlConstraintDiscovery())
                .register(new MysqlDdlRenderer()).build();
    }

    static Properties none() {
        return new Properties();
    }

    @Override
    public void close() throws Exception {
        for (TestDatabase db : created) {
            db.close();
        }
        created.clear();
    }
}
