package org.schemadiscovery.core.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemadiscovery.api.model.SchemaInfo;
import org.schemadiscovery.api.model.TableInfo;
import org.schemadiscovery.core.SchemaDiscovery;

/** sqlite-jdbc's bulk getColumns fails past a few hundred tables; the generic strategy must still read them all. */
class GenericManyTablesTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryColumnOfSixHundredSqliteTables() throws Exception {
        Path file = dir.resolve("many.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 0; i < 600; i++) {
                s.execute("CREATE TABLE t_" + i + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT)");
            }
            c.commit();
        }
        SchemaInfo info = SchemaDiscovery.builder().loadServices(false).build().discover("jdbc:sqlite:" + file);
        assertThat(info.warnings()).isEmpty();
        assertThat(info.tables()).hasSize(600);
        assertThat(info.tables()).allSatisfy(t -> assertThat(t.columns()).extracting(c -> c.name())
                .containsExactly("id", "name", "note"));
        TableInfo t42 = info.table("t_42").orElseThrow();
        assertThat(t42.column("name").orElseThrow().nullable()).isFalse();
        assertThat(t42.primaryKey().orElseThrow().columns()).containsExactly("id");
    }
}
