package org.schemadiscovery.tck.selftest;

import java.nio.file.Path;
import java.util.List;
import org.schemadiscovery.tck.SqliteTestServer;
import org.schemadiscovery.tck.TestDatabaseServer;

/** The kit with a server that never answers and no environment variable or provisioner: "no database". */
public class NoDatabaseKit extends SqliteSelfTestKit {
    public NoDatabaseKit() {
        super(SqliteSelfTestKit::generic);
    }

    @Override
    protected TestDatabaseServer server() {
        return new SqliteTestServer("tck-nowhere") {
            @Override
            public List<String> localDefaultUrls() {
                return List.of("jdbc:sqlite:" + Path.of("/nonexistent-tck-dir", "never.db"));
            }
        };
    }
}
