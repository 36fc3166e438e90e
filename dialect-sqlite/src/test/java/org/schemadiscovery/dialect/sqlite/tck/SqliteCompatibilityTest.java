package org.schemadiscovery.dialect.sqlite.tck;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.schemadiscovery.api.spi.MigrationPlanner;
import org.schemadiscovery.dialect.sqlite.SqliteConstraintDiscovery;
import org.schemadiscovery.dialect.sqlite.SqliteDdlRenderer;
import org.schemadiscovery.dialect.sqlite.SqliteDiscoveryStrategy;
import org.schemadiscovery.dialect.sqlite.SqliteIndexDiscovery;
import org.schemadiscovery.dialect.sqlite.Sqlite3Client;
import org.schemadiscovery.dialect.sqlite.SqliteMigrationPlanner;
import org.schemadiscovery.tck.DialectCompatibilityKit;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.DialectServices;
import org.schemadiscovery.tck.ScriptClient;
import org.schemadiscovery.tck.StagedObject;
import org.schemadiscovery.tck.TestDatabase;
import org.schemadiscovery.tck.SqliteTestServer;
import org.schemadiscovery.tck.TestDatabaseServer;

/** The SQLite dialect passes the dialect compatibility kit. */
class SqliteCompatibilityTest extends DialectCompatibilityKit {
    SqliteCompatibilityTest() {
        super(() -> DialectServices.of(new SqliteDiscoveryStrategy(), new SqliteIndexDiscovery(),
                new SqliteConstraintDiscovery(), new SqliteDdlRenderer()));
    }

    @Override
    protected TestDatabaseServer server() {
        return new SqliteTestServer();
    }

    @Override
    protected DialectFixtures fixtures() {
        return new SqliteFixtures();
    }

    @Override
    protected Optional<MigrationPlanner> planner() {
        return Optional.of(new SqliteMigrationPlanner());
    }

    @Override
    protected Optional<ScriptClient> scriptClient() {
        return Optional.of(new Sqlite3Client());
    }

    /** A virtual table whose module is not loaded: it fails any pragma join that touches it. */
    @Override
    protected StagedObject stageUnreadableObject(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("PRAGMA writable_schema = ON");
            st.execute("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('table',"
                    + " 'tck_unreadable', 'tck_unreadable', 0,"
                    + " 'CREATE VIRTUAL TABLE tck_unreadable USING tck_no_such_module(a)')");
            st.execute("PRAGMA writable_schema = OFF");
        }
        return new StagedObject("tck_unreadable", null);
    }
}
