package org.schemadiscovery.tck.selftest;

import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Supplier;
import org.schemadiscovery.core.SchemaDiscovery;
import org.schemadiscovery.core.registry.DialectPlugin;
import org.schemadiscovery.tck.DialectCompatibilityKit;
import org.schemadiscovery.tck.DialectFixtures;
import org.schemadiscovery.tck.DialectServices;
import org.schemadiscovery.tck.StagedObject;
import org.schemadiscovery.tck.TestDatabase;
import org.schemadiscovery.tck.SqliteTestServer;
import org.schemadiscovery.tck.TestDatabaseServer;

/**
 * The kit on SQLite with core's generic fixtures and staging; subclasses choose the plugin instances: the plain
 * generic ones ({@link GenericSqliteKit}) or broken wrappers of them ({@link BrokenKits}).
 */
public abstract class SqliteSelfTestKit extends DialectCompatibilityKit {
    protected SqliteSelfTestKit(Supplier<DialectServices> services) {
        super(services);
    }

    /** The generic plugin, as core's registry holds it. */
    static DialectServices generic() {
        DialectPlugin g = SchemaDiscovery.builder().loadServices(false).build().registry().generic();
        return new DialectServices(g.strategy(), g.indexDiscovery(), g.constraintDiscovery(), g.renderer());
    }

    @Override
    protected TestDatabaseServer server() {
        return new SqliteTestServer("generic");
    }

    @Override
    protected DialectFixtures fixtures() {
        return new GenericSqliteFixtures();
    }

    /** A virtual table whose module does not exist, written into the schema table directly. */
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
