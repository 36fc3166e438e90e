package org.schemadiscovery.dialect.mysql.tck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.schemadiscovery.dialect.mysql.MysqlConstraintDiscovery;
import org.schemadiscovery.dialect.mysql.MysqlDdlRenderer;
import org.schemadiscovery.dialect.mysql.MysqlDiscoveryStrategy;
import org.schemadiscovery.dialect.mysql.MysqlIndexDiscovery;
import org.schemadiscovery.dialect.mysql.catalog.ServerVersion;
import org.schemadiscovery.tck.ConnectionKiller;
import org.schemadiscovery.tck.DialectCompatibilityKit;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.DialectServices;
import org.schemadiscovery.tck.ScriptClient;
import org.schemadiscovery.tck.StagedObject;
import org.schemadiscovery.tck.TestDatabase;
import org.schemadiscovery.tck.TestDatabaseServer;

/**
 * The dialect compatibility kit on MySQL/MariaDB: the local MariaDB 10.11 (127.0.0.1:3306, root, no password) or
 * the server {@code SCHEMA_DISCOVERY_TCK_MYSQL_URL} names; each test in a database {@code sd_my_tck_<random>}.
 */
class MysqlCompatibilityTest extends DialectCompatibilityKit {
    private final ServerVersion server = MysqlTestServer.detect();

    MysqlCompatibilityTest() {
        super(() -> DialectServices.of(new MysqlDiscoveryStrategy(), new MysqlIndexDiscovery(),
                new MysqlConstraintDiscovery(), new MysqlDdlRenderer()));
    }

    @Override
    protected TestDatabaseServer server() {
        return new MysqlTestServer();
    }

    @Override
    protected DialectFixtures fixtures() {
        return new MysqlFixtures(server);
    }

    /** The {@code mariadb} command-line client, as a user applies a migration script. */
    @Override
    protected Optional<ScriptClient> scriptClient() {
        return Optional.of(new MariadbClient());
    }

    /**
     * A view whose table was dropped under it: information_schema cannot open it, leaves its columns out and says
     * so in a statement warning, which the plugin reports as a discovery warning naming the view.
     */
    @Override
    protected StagedObject stageUnreadableObject(TestDatabase db) throws Exception {
        db.execute(List.of("CREATE TABLE tck_gone (x int NULL)",
                "CREATE VIEW tck_unreadable AS SELECT x FROM tck_gone",
                "DROP TABLE tck_gone"));
        return new StagedObject("tck_unreadable", null);
    }

    /** KILL CONNECTION from a second session, then wait until the server has ended it. */
    @Override
    protected ConnectionKiller connectionKiller(TestDatabase db, Connection victim) throws Exception {
        long id;
        try (Statement st = victim.createStatement(); ResultSet rs = st.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            id = rs.getLong(1);
        }
        return () -> {
            try (Connection admin = db.connect()) {
                try (Statement st = admin.createStatement()) {
                    st.execute("KILL CONNECTION " + id);
                }
                waitUntilGone(admin, id);
            }
        };
    }

    private static void waitUntilGone(Connection admin, long id) throws SQLException, InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            try (PreparedStatement ps = admin.prepareStatement(
                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("connection " + id + " still alive 10 s after KILL");
    }
}
